<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>About HRD Reader</source>
        <translation>Acerca de HRD Reader</translation>
    </message>
    <message>
        <source>An offline reader for the Human Rights Defenders FAQ. It never connects to the network; links open only when you click them.</source>
        <translation>Un lector sin conexión para las preguntas frecuentes sobre los defensores de los derechos humanos. Nunca se conecta a la red; los enlaces solo se abren cuando usted hace clic en ellos.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Abrir paquete…</translation>
    </message>
    <message>
        <source>Show another content pack (a folder with pack.toml)</source>
        <translation>Mostrar otro paquete de contenido (una carpeta con pack.toml)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close HRD Reader</source>
        <translation>Cerrar HRD Reader</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Show the previous question</source>
        <translation>Mostrar la pregunta anterior</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the next question</source>
        <translation>Mostrar la pregunta siguiente</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;Donar</translation>
    </message>
    <message>
        <source>Open the donation page in your browser</source>
        <translation>Abrir la página de donaciones en su navegador</translation>
    </message>
    <message>
        <source>&amp;Sign Up for Email</source>
        <translation>&amp;Suscribirse por correo electrónico</translation>
    </message>
    <message>
        <source>Open the e-mail sign-up page in your browser</source>
        <translation>Abrir la página de suscripción por correo electrónico en su navegador</translation>
    </message>
    <message>
        <source>&amp;About HRD Reader</source>
        <translation>&amp;Acerca de HRD Reader</translation>
    </message>
    <message>
        <source>Version, source and attribution of the text</source>
        <translation>Versión, fuente y atribución del texto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>HRD Reader only opens web and e-mail addresses. This link was not opened:

{address}</source>
        <translation>HRD Reader solo abre direcciones web y de correo electrónico. Este enlace no se abrió:

{address}</translation>
    </message>
    <message>
        <source>Open this address</source>
        <translation>Abrir esta dirección</translation>
    </message>
    <message>
        <source>No web browser could be started on this computer. Copy the address, or scan the code with a phone:</source>
        <translation>No se pudo iniciar ningún navegador web en este equipo. Copie la dirección o escanee el código con un teléfono:</translation>
    </message>
    <message>
        <source>QR code of {address}</source>
        <translation>Código QR de {address}</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Open Pack — choose the folder that holds pack.toml</source>
        <translation>Abrir paquete — elija la carpeta que contiene pack.toml</translation>
    </message>
    <message>
        <source>Pack not opened</source>
        <translation>Paquete no abierto</translation>
    </message>
    <message>
        <source>The pack in {folder} cannot be opened (problems found: {count}). “{current}” stays open. Fix the problems below and open the pack again.</source>
        <translation>El paquete de {folder} no se puede abrir (problemas encontrados: {count}). «{current}» sigue abierto. Corrija los problemas que aparecen a continuación y vuelva a abrir el paquete.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Each problem with its file and line</source>
        <translation>Cada problema con su archivo y su línea</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Use the language of this computer when it is available</source>
        <translation>Usar el idioma de este equipo cuando esté disponible</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>Las preguntas del paquete; elija una para leer su respuesta</translation>
    </message>
    <message>
        <source>About signing up</source>
        <translation>Acerca de la suscripción</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>Fuente del texto</translation>
    </message>
    <message>
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
    </message>
    <message>
        <source>Opens {address} in your web browser</source>
        <translation>Abre {address} en su navegador web</translation>
    </message>
    <message>
        <source>Opened “{title}” (questions: {count})</source>
        <translation>Se abrió «{title}» (preguntas: {count})</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Respuesta: {question}</translation>
    </message>
</context>
</TS>
