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
        <source>Icons: {name} ({licence} licence), {url}</source>
        <translation>Iconos: {name} (licencia {licence}), {url}</translation>
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
        <source>Show another content pack: a .hrdpack file or a folder with pack.toml</source>
        <translation>Mostrar otro paquete de contenido: un archivo .hrdpack o una carpeta con pack.toml</translation>
    </message>
    <message>
        <source>&amp;Save Pack As…</source>
        <translation>&amp;Guardar paquete como…</translation>
    </message>
    <message>
        <source>Save the pack shown as one .hrdpack file, to pass on by USB stick or message</source>
        <translation>Guardar el paquete mostrado como un solo archivo .hrdpack, para pasarlo por memoria USB o mensaje</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Forget which packs were opened recently</source>
        <translation>Olvidar qué paquetes se abrieron recientemente</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the current question or the whole FAQ as a PDF handout</source>
        <translation>Guardar la pregunta actual o toda la FAQ como folleto en PDF</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>Página &amp;web…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as one web page that any phone browser opens offline</source>
        <translation>Guardar toda la FAQ como una sola página web que cualquier navegador de teléfono abre sin conexión</translation>
    </message>
    <message>
        <source>&amp;Kiwix ZIM…</source>
        <translation>ZIM para &amp;Kiwix…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a ZIM file: a searchable book for Kiwix, on phones too</source>
        <translation>Guardar toda la FAQ como archivo ZIM: un libro con búsqueda para Kiwix, también en teléfonos</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the current question or the whole FAQ as a handout</source>
        <translation>Imprimir la pregunta actual o toda la FAQ como folleto</translation>
    </message>
    <message>
        <source>Share in the &amp;Room…</source>
        <translation>Compartir en la &amp;sala…</translation>
    </message>
    <message>
        <source>Let phones on this network read the FAQ and follow the presentation (again: stop)</source>
        <translation>Los teléfonos de esta red leen las preguntas y siguen la presentación (de nuevo: detener)</translation>
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
        <source>F&amp;orget This Computer…</source>
        <translation>Ol&amp;vidar este equipo…</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer and go on privately</source>
        <translation>Eliminar todo lo que HRD Reader ha guardado en este equipo y continuar en privado</translation>
    </message>
    <message>
        <source>Quick E&amp;xit</source>
        <translation>Salida &amp;rápida</translation>
    </message>
    <message>
        <source>Hide HRD Reader and close it at once, saving nothing ({keys}, any window)</source>
        <translation>Ocultar HRD Reader y cerrarlo de inmediato, sin guardar nada ({keys}, en cualquier ventana)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>Buscar en las preguntas y las respuestas</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ir a la coincidencia siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ir a la coincidencia anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Aumentar el tamaño del texto</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Reducir el tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Show the text at its normal size (100 %)</source>
        <translation>Mostrar el texto en su tamaño normal (100 %)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s light or dark colours</source>
        <translation>Usar los colores claros u oscuros del escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>White and yellow on black, for projectors and low vision</source>
        <translation>Blanco y amarillo sobre negro, para proyectores y baja visión</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the screen with the reader</source>
        <translation>Mostrar el lector en pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Show the questions full screen in large type, for a projector (Esc leaves)</source>
        <translation>Mostrar las preguntas a pantalla completa y en letra grande, para un proyector (Esc para salir)</translation>
    </message>
    <message>
        <source>Show &amp;QR Codes</source>
        <translation>Mostrar códigos &amp;QR</translation>
    </message>
    <message>
        <source>Show the Donate and Sign Up addresses as large QR codes the room can scan</source>
        <translation>Mostrar las direcciones para donar y suscribirse como códigos QR grandes que la sala pueda escanear</translation>
    </message>
    <message>
        <source>&amp;Question First</source>
        <translation>&amp;Primero la pregunta</translation>
    </message>
    <message>
        <source>In presentation, show each question alone first; the next key reveals its answer</source>
        <translation>En la presentación, mostrar primero cada pregunta sola; la tecla siguiente revela su respuesta</translation>
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
        <source>Expor&amp;t</source>
        <translation>Expor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
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
        <source>Opening “{label}” in your web browser</source>
        <translation>Abriendo «{label}» en su navegador web</translation>
    </message>
    <message>
        <source>Opening the link in your web browser</source>
        <translation>Abriendo el enlace en su navegador web</translation>
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
        <source>Open Pack — a .hrdpack file or a pack folder</source>
        <translation>Abrir paquete — un archivo .hrdpack o una carpeta de paquete</translation>
    </message>
    <message>
        <source>Content packs (*{suffix} {manifest})</source>
        <translation>Paquetes de contenido (*{suffix} {manifest})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Pack As — one file to pass on</source>
        <translation>Guardar paquete como — un solo archivo para pasar</translation>
    </message>
    <message>
        <source>Content packs (*{suffix})</source>
        <translation>Paquetes de contenido (*{suffix})</translation>
    </message>
    <message>
        <source>Saved “{title}” as {path} — send this one file; it opens in HRD Reader</source>
        <translation>«{title}» guardado como {path}: envíe este único archivo; se abre en HRD Reader</translation>
    </message>
    <message>
        <source>Pack not saved</source>
        <translation>Paquete no guardado</translation>
    </message>
    <message>
        <source>The pack could not be saved as {path}.</source>
        <translation>No se pudo guardar el paquete como {path}.</translation>
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
        <source>{title} — Presenter Console</source>
        <translation>{title} — Consola del formador</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>La sala ve</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>no end time</source>
        <translation>sin hora de fin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the workshop: the timer turns amber five minutes before the end</source>
        <translation>Duración del taller: el cronómetro se pone ámbar cinco minutos antes del final</translation>
    </message>
    <message>
        <source>Questions: click one to show it to the room</source>
        <translation>Preguntas: haga clic en una para mostrarla a la sala</translation>
    </message>
    <message>
        <source>PageDown/→/Space next · PageUp/← back · Home/End first/last · B black · W white · Q QR codes · P pause timer · R reset timer · +/− notes size · S swap screens · Esc end</source>
        <translation>AvPág/→/Espacio siguiente · RePág/← atrás · Inicio/Fin primera/última · B negro · W blanco · Q códigos QR · P pausar cronómetro · R reiniciar cronómetro · +/− tamaño de notas · S intercambiar pantallas · Esc terminar</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>No notes for this question</source>
        <translation>No hay notas para esta pregunta</translation>
    </message>
    <message>
        <source>Last question</source>
        <translation>Última pregunta</translation>
    </message>
    <message>
        <source>The screen is blank ({colour}) — any key brings the text back</source>
        <translation>La pantalla está en blanco ({colour}) — cualquier tecla devuelve el texto</translation>
    </message>
    <message>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <source>Question {number} of {count}: {title}</source>
        <translation>Pregunta {number} de {count}: {title}</translation>
    </message>
    <message>
        <source>The question alone — the next key reveals the answer</source>
        <translation>La pregunta sola — la tecla siguiente revela la respuesta</translation>
    </message>
    <message>
        <source>The question and its answer</source>
        <translation>La pregunta y su respuesta</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>Las preguntas del paquete; elija una para leer su respuesta</translation>
    </message>
    <message>
        <source>This computer was forgotten</source>
        <translation>Este equipo ha sido olvidado</translation>
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
        <source>Private session</source>
        <translation>Sesión privada</translation>
    </message>
    <message>
        <source>Nothing of this session is written to this computer: no settings, no log, no history. Only files you save yourself are kept.</source>
        <translation>Nada de esta sesión se escribe en este equipo: ni ajustes, ni registro, ni historial. Solo se conservan los archivos que usted guarde.</translation>
    </message>
    <message>
        <source>{title} — Private session — HRD Reader</source>
        <translation>{title} — Sesión privada — HRD Reader</translation>
    </message>
    <message>
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Olvidar este equipo</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer? These will be removed:

{files}

Packs, PDFs and other files you saved are not touched. The reader then goes on as a private session.</source>
        <translation>¿Eliminar todo lo que HRD Reader ha guardado en este equipo? Se eliminará:

{files}

Los paquetes, los PDF y otros archivos que usted guardó no se tocan. Después el lector continúa como sesión privada.</translation>
    </message>
    <message>
        <source>HRD Reader has kept nothing on this computer. From now on this session is private: nothing of it will be kept.</source>
        <translation>HRD Reader no ha guardado nada en este equipo. A partir de ahora esta sesión es privada: no se guardará nada de ella.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>These could not be removed:

{problems}

Everything else was removed, and this session writes nothing. Delete them yourself, or ask whoever looks after this computer (they may be read-only or belong to another user).</source>
        <translation>No se pudieron eliminar:

{problems}

Todo lo demás se eliminó, y esta sesión no escribe nada. Elimínelos usted mismo o pida ayuda a quien se ocupa de este equipo (puede que sean de solo lectura o pertenezcan a otro usuario).</translation>
    </message>
    <message>
        <source>Opened “{title}” (questions: {count})</source>
        <translation>Se abrió «{title}» (preguntas: {count})</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Respuesta: {question}</translation>
    </message>
    <message>
        <source>Saved a {pages}-page handout to {path}</source>
        <translation>Folleto guardado en {path} (páginas: {pages})</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer</source>
        <translation>Folleto enviado a la impresora (páginas: {pages})</translation>
    </message>
    <message>
        <source>{title} — Presentation</source>
        <translation>{title} — Presentación</translation>
    </message>
    <message>
        <source>more ▾</source>
        <translation>más ▾</translation>
    </message>
    <message>
        <source>The answer continues: next key shows the rest</source>
        <translation>La respuesta continúa: la tecla siguiente muestra el resto</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>{number} / {count} · {title}</source>
        <translation>{number} / {count} · {title}</translation>
    </message>
    <message>
        <source>Search ({shortcut})</source>
        <translation>Buscar ({shortcut})</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>Buscar en preguntas y respuestas</translation>
    </message>
    <message>
        <source>Type words to find; Enter or {next}: next match, {previous}: previous, Esc: clear</source>
        <translation>Escriba palabras para buscar; Intro o {next}: siguiente coincidencia, {previous}: anterior, Esc: borrar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>No results for “{query}”</source>
        <translation>No hay resultados para «{query}»</translation>
    </message>
    <message>
        <source>{count} of {total} questions match</source>
        <translation>Preguntas que coinciden: {count} de {total}</translation>
    </message>
    <message>
        <source>{title}: match {number} of {count}</source>
        <translation>{title}: coincidencia {number} de {count}</translation>
    </message>
    <message>
        <source>Scan to donate or sign up</source>
        <translation>Escanee para donar o suscribirse</translation>
    </message>
    <message>
        <source>Scan to read along</source>
        <translation>Escanee para seguir</translation>
    </message>
    <message>
        <source>Read along on your phone (same Wi-Fi)</source>
        <translation>Siga en su teléfono (misma wifi)</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera · any key closes</source>
        <translation>Escanee un código con la cámara de su teléfono · cualquier tecla cierra</translation>
    </message>
    <message>
        <source>Smaller text ({shortcut})</source>
        <translation>Texto más pequeño ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Text size; click for 100 % ({shortcut})</source>
        <translation>Tamaño del texto; haga clic para volver al 100 % ({shortcut})</translation>
    </message>
    <message>
        <source>Larger text ({shortcut})</source>
        <translation>Texto más grande ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text size {percent} percent</source>
        <translation>Tamaño del texto {percent} por ciento</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read ({reason}); using defaults. Check its permissions.</source>
        <translation>No se puede leer el archivo de configuración {path} ({reason}); se usan los valores predeterminados. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Settings file {path} is damaged; this private session uses the defaults and leaves the file as it is.</source>
        <translation>El archivo de ajustes {path} está dañado; esta sesión privada usa los valores predeterminados y deja el archivo como está.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it was kept as {backup}.</source>
        <translation>El archivo de configuración {path} estaba dañado y se restableció a los valores predeterminados; se conservó como {backup}.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it could not be moved aside.</source>
        <translation>El archivo de configuración {path} estaba dañado y se restableció a los valores predeterminados; no se pudo apartar.</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read; using defaults.</source>
        <translation>No se puede leer el archivo de configuración {path}; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Settings file {path} was written by a newer HRD Reader; settings this version does not understand keep their defaults.</source>
        <translation>El archivo de configuración {path} fue escrito por una versión más reciente de HRD Reader; los ajustes que esta versión no entiende conservan sus valores predeterminados.</translation>
    </message>
    <message>
        <source>Setting {key} has an unusable value {value}; using the default.</source>
        <translation>El ajuste {key} tiene un valor inutilizable {value}; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>Settings could not be saved to {path} (is the disk read-only or full?); this session&apos;s changes will not be remembered.</source>
        <translation>No se pudo guardar la configuración en {path} (¿el disco es de solo lectura o está lleno?); los cambios de esta sesión no se recordarán.</translation>
    </message>
    <message>
        <source>Trainer notes — not for participants</source>
        <translation>Notas del formador — no para los participantes</translation>
    </message>
    <message>
        <source>{count} questions and answers</source>
        <translation>Preguntas y respuestas: {count}</translation>
    </message>
    <message>
        <source>About this text</source>
        <translation>Acerca de este texto</translation>
    </message>
    <message>
        <source>Made with HRD Reader {version}.</source>
        <translation>Hecho con HRD Reader {version}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, e.g. {example}</source>
        <translation>{path} es una carpeta: indique un nombre de archivo, por ejemplo {example}</translation>
    </message>
    <message>
        <source>{path} is not a regular file: give a file name, e.g. {example}</source>
        <translation>{path} no es un archivo normal: indique un nombre de archivo, por ejemplo {example}</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose a folder that exists and that you may write to.</source>
        <translation>No se pudo guardar {path}: {reason}. Elija una carpeta que exista y en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Export PDF handout</source>
        <translation>Exportar el folleto en PDF</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <source>The whole FAQ ({count} questions)</source>
        <translation>Toda la FAQ (preguntas: {count})</translation>
    </message>
    <message>
        <source>Only the current question: {title}</source>
        <translation>Solo la pregunta actual: {title}</translation>
    </message>
    <message>
        <source>What should the handout hold?</source>
        <translation>¿Qué debe contener el folleto?</translation>
    </message>
    <message>
        <source>With trainer notes (a handout for trainers, not participants)</source>
        <translation>Con las notas del formador (un documento para formadores, no para participantes)</translation>
    </message>
    <message>
        <source>This pack has no trainer notes</source>
        <translation>Este paquete no tiene notas del formador</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Exportar PDF</translation>
    </message>
    <message>
        <source>Save the handout as</source>
        <translation>Guardar el folleto como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF, e.g. {example}</source>
        <translation>Indique un nombre de archivo para el PDF, por ejemplo {example}</translation>
    </message>
    <message>
        <source>HRD Reader: something went wrong</source>
        <translation>HRD Reader: algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {summary}

HRD Reader keeps running and your place is kept. If it happens again, please send the details to the people who gave you the reader.</source>
        <translation>Ocurrió un error inesperado: {summary}

HRD Reader sigue funcionando y se conserva su posición. Si vuelve a ocurrir, envíe los detalles a las personas que le dieron el lector.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>Private session: no log file is kept; the details are below.</source>
        <translation>Sesión privada: no se guarda ningún archivo de registro; los detalles están abajo.</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>No se pudo escribir ningún archivo de registro en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Mostrar detalles</translation>
    </message>
    <message>
        <source>{time} since the start — paused (P resumes)</source>
        <translation>{time} desde el inicio — en pausa (P reanuda)</translation>
    </message>
    <message>
        <source>{time} since the start — the workshop&apos;s time is over</source>
        <translation>{time} desde el inicio — el tiempo del taller ha terminado</translation>
    </message>
    <message>
        <source>{time} since the start — less than five minutes left</source>
        <translation>{time} desde el inicio — quedan menos de cinco minutos</translation>
    </message>
    <message>
        <source>{time} since the start</source>
        <translation>{time} desde el inicio</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location}</source>
        <translation>&amp;{number} {title} — {location}</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location} (missing)</source>
        <translation>&amp;{number} {title} — {location} (no encontrado)</translation>
    </message>
    <message>
        <source>Human Rights Defenders: FAQ (built in)</source>
        <translation>Human Rights Defenders: FAQ (incluido)</translation>
    </message>
    <message>
        <source>Pack not found</source>
        <translation>Paquete no encontrado</translation>
    </message>
    <message>
        <source>“{title}” is no longer at {location}. If it is on a USB stick, plug it in and choose it again; or remove it from the list.</source>
        <translation>«{title}» ya no está en {location}. Si está en una memoria USB, conéctela y vuelva a elegirlo; o quítelo de la lista.</translation>
    </message>
    <message>
        <source>Remove From List</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>{size} MiB is larger than a pack file may be ({limit} MiB) — split the pack or make its pictures smaller</source>
        <translation>ocupa {size} MiB, más de lo que puede ocupar un archivo de paquete ({limit} MiB) — divida el paquete o reduzca sus imágenes</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check the path and permissions</source>
        <translation>no se puede leer ({reason}) — compruebe la ruta y los permisos</translation>
    </message>
    <message>
        <source>is larger than a pack file may be — split the pack</source>
        <translation>es más grande de lo que puede ser un archivo de paquete — divida el paquete</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>no se puede descomprimir ({reason}) — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>is not a pack file (not a ZIP archive) — open a .hrdpack made with &apos;hrd-reader pack&apos;, or the folder that holds pack.toml</source>
        <translation>no es un archivo de paquete (no es un archivo ZIP) — abra un .hrdpack creado con &apos;hrd-reader pack&apos;, o la carpeta que contiene pack.toml</translation>
    </message>
    <message>
        <source>is damaged (a file in it fails its checksum) — copy it again</source>
        <translation>está dañado (un archivo que contiene no supera la suma de comprobación) — cópielo de nuevo</translation>
    </message>
    <message>
        <source>is damaged or incomplete (cut short while copying?) — copy or download it again</source>
        <translation>está dañado o incompleto (¿se interrumpió la copia?) — cópielo o descárguelo de nuevo</translation>
    </message>
    <message>
        <source>lists far more files than a pack has — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>enumera muchos más archivos de los que tiene un paquete — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds {count} files; a pack file may hold at most {limit} — split the pack</source>
        <translation>contiene {count} archivos; un archivo de paquete puede contener como máximo {limit} — divida el paquete</translation>
    </message>
    <message>
        <source>holds a file with an unusable name {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un archivo con un nombre inutilizable {name} — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file with an absolute path {name}, which is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un archivo con una ruta absoluta {name}, lo que no es seguro — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that points outside the pack (not safe) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un archivo {name} que apunta fuera del paquete (no es seguro) — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a symbolic link {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un enlace simbólico {name}; no es seguro — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a special file {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un archivo especial {name}; no es seguro — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds an encrypted file {name} — make it again without a password</source>
        <translation>contiene un archivo cifrado {name} — vuelva a crearlo sin contraseña</translation>
    </message>
    <message>
        <source>holds two files named {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene dos archivos llamados {name} — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>uses a compression method the reader does not read ({name}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>usa un método de compresión que el lector no lee ({name}) — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that unpacks to {ratio:.0f} times its size (a zip bomb?); it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contiene un archivo {name} que se descomprime a {ratio:.0f} veces su tamaño (¿una bomba ZIP?); no es seguro — pida a quien se lo envió que lo vuelva a crear con &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} of {size} MiB unpacked; the limit is {limit} MiB — make its pictures smaller or split it</source>
        <translation>contiene un archivo {name} de {size} MiB descomprimido; el límite es {limit} MiB — reduzca sus imágenes o divídalo</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MiB, more than a pack may hold — split the pack</source>
        <translation>se descomprime en más de {limit} MiB, más de lo que puede contener un paquete — divida el paquete</translation>
    </message>
    <message>
        <source>is damaged ({name} is not the size it says) — copy it again</source>
        <translation>está dañado ({name} no tiene el tamaño que indica) — cópielo de nuevo</translation>
    </message>
    <message>
        <source>holds no {manifest} (at its root or in one top folder), so it is not a pack — zip the folder that holds pack.toml, or use &apos;hrd-reader pack&apos;</source>
        <translation>no contiene ningún {manifest} (en su raíz o en una única carpeta superior), así que no es un paquete — comprima en ZIP la carpeta que contiene pack.toml, o use &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>already exists — choose another name, or give --overwrite to replace it</source>
        <translation>ya existe — elija otro nombre, o indique --overwrite para reemplazarlo</translation>
    </message>
    <message>
        <source>cannot be written ({reason}) — choose a folder you can write to, with free space</source>
        <translation>no se puede escribir ({reason}) — elija una carpeta en la que pueda escribir, con espacio libre</translation>
    </message>
    <message>
        <source>“Q:” with no question after it — write the question on the same line</source>
        <translation>«Q:» sin pregunta detrás — escriba la pregunta en la misma línea</translation>
    </message>
    <message>
        <source>question “{title}” has no answer — write its answer as paragraphs under the “Q:” line</source>
        <translation>la pregunta «{title}» no tiene respuesta — escriba su respuesta en párrafos bajo la línea «Q:»</translation>
    </message>
    <message>
        <source>no questions found — start each question on its own line with “Q: ”</source>
        <translation>no se encontraron preguntas — empiece cada pregunta en su propia línea con «Q: »</translation>
    </message>
    <message>
        <source>no title — put it on the line above the first question, or give --title</source>
        <translation>sin título — póngalo en la línea encima de la primera pregunta, o indique --title</translation>
    </message>
    <message>
        <source>“{label}” but no donation address — give --donate-url URL (or delete the line for a pack without a Donate button)</source>
        <translation>«{label}» pero ninguna dirección de donación — indique --donate-url URL (o borre la línea para un paquete sin botón de donar)</translation>
    </message>
    <message>
        <source>“{label}” but no sign-up address — give --signup-url URL or --source URL (or delete the line for a pack without a Sign Up button)</source>
        <translation>«{label}» pero ninguna dirección de suscripción — indique --signup-url URL o --source URL (o borre la línea para un paquete sin botón de suscripción)</translation>
    </message>
    <message>
        <source>pack id &quot;{value}&quot; is not valid — {hint}</source>
        <translation>el identificador de paquete «{value}» no es válido — {hint}</translation>
    </message>
    <message>
        <source>language &quot;{value}&quot; is not valid — {hint}</source>
        <translation>el idioma «{value}» no es válido — {hint}</translation>
    </message>
    <message>
        <source>already exists and is not an empty folder — choose a new folder, so that nothing there is overwritten</source>
        <translation>ya existe y no es una carpeta vacía — elija una carpeta nueva, para que no se sobrescriba nada de lo que hay en ella</translation>
    </message>
    <message>
        <source>cannot write the pack ({reason}) — choose a writable folder</source>
        <translation>no se puede escribir el paquete ({reason}) — elija una carpeta con permiso de escritura</translation>
    </message>
    <message>
        <source>use a BCP 47 code such as &quot;en&quot; or &quot;ar&quot;</source>
        <translation>use un código BCP 47 como «en» o «ar»</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit} — give a shorter address (it must fit a QR code)</source>
        <translation>{label} tiene {length} caracteres; el límite es {limit} — dé una dirección más corta (debe caber en un código QR)</translation>
    </message>
    <message>
        <source>{label} holds a line break, tab or other control character — write it on one line</source>
        <translation>{label} contiene un salto de línea, un tabulador u otro carácter de control — escríbala en una sola línea</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; is not an http, https or mailto address — give a full address such as {example}</source>
        <translation>{label} «{url}» no es una dirección http, https o mailto — dé una dirección completa como {example}</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no e-mail address — write it as mailto:name@example.org</source>
        <translation>{label} «{url}» no contiene ninguna dirección de correo electrónico — escríbala como mailto:name@example.org</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no host — give a full address such as {example}</source>
        <translation>{label} «{url}» no nombra ningún servidor — dé una dirección completa como {example}</translation>
    </message>
    <message>
        <source>missing — a content pack needs a {manifest} in its folder</source>
        <translation>falta — un paquete de contenido necesita un {manifest} en su carpeta</translation>
    </message>
    <message>
        <source>is the manifest, not the pack — give the folder that holds it instead</source>
        <translation>es el manifiesto, no el paquete — indique en su lugar la carpeta que lo contiene</translation>
    </message>
    <message>
        <source>does not exist — give a pack folder (it holds {manifest}) or a .hrdpack file</source>
        <translation>no existe — indique una carpeta de paquete (contiene {manifest}) o un archivo .hrdpack</translation>
    </message>
    <message>
        <source>{size} KiB is too large (limit {limit} KiB) — is this really a pack manifest?</source>
        <translation>{size} KiB es demasiado (límite {limit} KiB) — ¿es realmente un manifiesto de paquete?</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in [{table}] is ignored — check its spelling</source>
        <translation>la clave desconocida &apos;{key}&apos; en [{table}] se ignora — compruebe cómo está escrita</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in the top level is ignored — check its spelling</source>
        <translation>la clave desconocida &apos;{key}&apos; en el nivel superior se ignora — compruebe cómo está escrita</translation>
    </message>
    <message>
        <source>missing table [{name}] — add it (see the README&apos;s pack format)</source>
        <translation>falta la tabla [{name}] — añádala (vea el formato de paquete en el README)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table, not a {type} — write it as [{name}]</source>
        <translation>&apos;{name}&apos; debe ser una tabla, no un valor de tipo {type} — escríbala como [{name}]</translation>
    </message>
    <message>
        <source>question {number}: {key}</source>
        <translation>pregunta {number}: {key}</translation>
    </message>
    <message>
        <source>{label} is missing — add {key} = &quot;…&quot;</source>
        <translation>falta {label} — añada {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} must be text, not a {type} — write it in double quotes: {key} = &quot;…&quot;</source>
        <translation>{label} debe ser texto, no un valor de tipo {type} — escríbalo entre comillas dobles: {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} is empty — give it a value</source>
        <translation>{label} está vacío — dele un valor</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; is not valid — {hint}</source>
        <translation>{label} «{value}» no es válido — {hint}</translation>
    </message>
    <message>
        <source>no [[questions]] — add at least one [[questions]] entry</source>
        <translation>no hay [[questions]] — añada al menos una entrada [[questions]]</translation>
    </message>
    <message>
        <source>&apos;questions&apos; must be a list of tables — write each one under a [[questions]] line</source>
        <translation>&apos;questions&apos; debe ser una lista de tablas — escriba cada una bajo una línea [[questions]]</translation>
    </message>
    <message>
        <source>{count} questions is more than the reader handles ({limit}) — split the pack</source>
        <translation>{count} preguntas son más de las que el lector puede manejar ({limit}) — divida el paquete</translation>
    </message>
    <message>
        <source>question id &quot;{id}&quot; is used twice (first at question {first}) — give each question its own id</source>
        <translation>el identificador de pregunta «{id}» se usa dos veces (la primera en la pregunta {first}) — dé a cada pregunta su propio identificador</translation>
    </message>
    <message>
        <source>is empty — write the answer in it</source>
        <translation>está vacío — escriba en él la respuesta</translation>
    </message>
    <message>
        <source>is empty — write the trainer&apos;s notes in it, or remove the notes line</source>
        <translation>está vacío — escriba en él las notas del formador, o quite la línea notes</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is an absolute path — give a path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>el archivo «{file}» es una ruta absoluta — dé una ruta dentro de la carpeta del paquete, p. ej. «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep answers inside it, e.g. &quot;{example}&quot;</source>
        <translation>el archivo «{file}» apunta fuera de la carpeta del paquete — mantenga las respuestas dentro de ella, p. ej. «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep notes inside it, e.g. &quot;{example}&quot;</source>
        <translation>el archivo «{file}» apunta fuera de la carpeta del paquete — mantenga las notas dentro de ella, p. ej. «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is not a usable path ({reason}) — give a short path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>el archivo «{file}» no es una ruta utilizable ({reason}) — dé una ruta corta dentro de la carpeta del paquete, p. ej. «{example}»</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>el archivo de respuesta «{file}» no existe — créelo o corrija la ruta</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>el archivo de notas «{file}» no existe — créelo o corrija la ruta</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>el archivo de respuesta «{file}» no es un archivo normal (una tubería, un dispositivo o un socket) — indique un archivo Markdown</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>el archivo de notas «{file}» no es un archivo normal (una tubería, un dispositivo o un socket) — indique un archivo Markdown</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>el archivo de respuesta «{file}» ocupa {size:.1f} MiB; el límite es {limit} MiB — acórtelo o divídalo</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>el archivo de notas «{file}» ocupa {size:.1f} MiB; el límite es {limit} MiB — acórtelo o divídalo</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>el archivo de respuesta «{file}» no se puede leer ({reason}) — compruebe que existe y que se puede leer</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>el archivo de notas «{file}» no se puede leer ({reason}) — compruebe que existe y que se puede leer</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and single hyphens, e.g. &quot;who-are-hrds&quot;</source>
        <translation>use letras minúsculas, cifras y guiones sueltos, p. ej. «who-are-hrds»</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check that the folder and its files are readable</source>
        <translation>no se puede leer ({reason}) — compruebe que la carpeta y sus archivos se pueden leer</translation>
    </message>
    <message>
        <source>is UTF-16, not UTF-8 — save the file as UTF-8</source>
        <translation>está en UTF-16, no en UTF-8 — guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte — this is not a text file; save it as UTF-8 text</source>
        <translation>contiene un byte NUL — no es un archivo de texto; guárdelo como texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte 0x{byte:02x}) — save the file as UTF-8</source>
        <translation>no es UTF-8 válido (byte 0x{byte:02x}) — guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>a key or table name with more than {limit} dots — a pack manifest needs at most two (links.donate)</source>
        <translation>un nombre de clave o de tabla con más de {limit} puntos — un manifiesto de paquete necesita como máximo dos (links.donate)</translation>
    </message>
    <message>
        <source>values nested too deeply (lists or tables inside each other) — a pack manifest needs none of that; see the README&apos;s pack format</source>
        <translation>valores anidados a demasiada profundidad (listas o tablas unas dentro de otras) — un manifiesto de paquete no necesita nada de eso; vea el formato de paquete en el README</translation>
    </message>
    <message>
        <source>TOML syntax error: {message} — fix the syntax (strings in double quotes, one key = value per line)</source>
        <translation>error de sintaxis TOML: {message} — corrija la sintaxis (cadenas entre comillas dobles, una clave = valor por línea)</translation>
    </message>
    <message>
        <source>Export a Web Page — one file for any phone</source>
        <translation>Exportar una página web — un solo archivo para cualquier teléfono</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Export a ZIM File for Kiwix</source>
        <translation>Exportar un archivo ZIM para Kiwix</translation>
    </message>
    <message>
        <source>ZIM files (*.zim)</source>
        <translation>Archivos ZIM (*.zim)</translation>
    </message>
    <message>
        <source>Saved {path} — pass it on by USB, Bluetooth or a message; any browser opens it</source>
        <translation>{path} guardado — compártalo por USB, Bluetooth o un mensaje; cualquier navegador lo abre</translation>
    </message>
    <message>
        <source>Saved {path} — open it in Kiwix (Open file, or add it to the library)</source>
        <translation>{path} guardado — ábralo en Kiwix (Abrir archivo, o añádalo a la biblioteca)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>This copy of HRD Reader cannot write ZIM files (python-libzim is not installed): install it with pip or pipx, or export the web page instead.</source>
        <translation>Esta copia de HRD Reader no puede escribir archivos ZIM (python-libzim no está instalado): instálelo con pip o pipx, o exporte la página web en su lugar.</translation>
    </message>
    <message>
        <source>Share in the Room</source>
        <translation>Compartir en la sala</translation>
    </message>
    <message>
        <source>Sharing could not start: {reason}</source>
        <translation>No se pudo empezar a compartir: {reason}</translation>
    </message>
    <message>
        <source>this computer&apos;s hotspot</source>
        <translation>punto de acceso de este equipo</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>wifi</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>cable</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>virtual or VPN — others on it could read</source>
        <translation>virtual o VPN: otros podrían leer</translation>
    </message>
    <message>
        <source>this computer only — for trying it out</source>
        <translation>solo este equipo: para probar</translation>
    </message>
    <message>
        <source>{address} — {kind} ({interface})</source>
        <translation>{address} — {kind} ({interface})</translation>
    </message>
    <message>
        <source>Phones on the same network open the address this shows — the room&apos;s Wi-Fi, or this computer&apos;s own hotspot. Choose that network:</source>
        <translation>Los teléfonos de la misma red abren la dirección que se muestra: la wifi de la sala o el punto de acceso de este equipo. Elija esa red:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Anyone on that network who has the address (it holds a new secret each time) can read the FAQ and follow the presentation; nothing else on this computer is shared, and no phone&apos;s address is kept. Sharing stops when you turn it off, quit, or use Quick Exit.</source>
        <translation>Cualquiera en esa red que tenga la dirección (lleva un secreto nuevo cada vez) puede leer las preguntas y seguir la presentación; no se comparte nada más de este equipo y no se guarda la dirección de ningún teléfono. Se deja de compartir al desactivarlo, al salir o con la salida rápida.</translation>
    </message>
    <message>
        <source>Start Sharing</source>
        <translation>Empezar a compartir</translation>
    </message>
    <message>
        <source>Sharing at {address} · {following} following · {opened} pages opened</source>
        <translation>Compartiendo en {address} · {following} siguen · {opened} páginas abiertas</translation>
    </message>
    <message>
        <source>Phones on this network read the FAQ at this address. Following: follow pages open now; pages opened: in the last ten minutes. No phone&apos;s address is kept.</source>
        <translation>Los teléfonos de esta red leen las preguntas en esta dirección. Siguen: páginas de seguimiento abiertas ahora; páginas abiertas: en los últimos diez minutos. No se guarda la dirección de ningún teléfono.</translation>
    </message>
    <message>
        <source>Follow the trainer</source>
        <translation>Seguir a quien presenta</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Connecting to the trainer…</source>
        <translation>Conectando con la presentación…</translation>
    </message>
    <message>
        <source>The trainer is not presenting now.</source>
        <translation>No hay ninguna presentación en curso.</translation>
    </message>
    <message>
        <source>The trainer has blanked the screen.</source>
        <translation>La pantalla de la presentación está en blanco.</translation>
    </message>
    <message>
        <source>Connection lost — trying again…</source>
        <translation>Conexión perdida: reintentando…</translation>
    </message>
    <message>
        <source>This page follows the trainer with a small script, which is off here.</source>
        <translation>Esta página sigue la presentación con un pequeño script, que aquí está desactivado.</translation>
    </message>
    <message>
        <source>The whole FAQ as one web page (.html)</source>
        <translation>Todas las preguntas en una página web (.html)</translation>
    </message>
    <message>
        <source>The pack for HRD Reader (.hrdpack)</source>
        <translation>El paquete para HRD Reader (.hrdpack)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is not a {formats} picture — the reader does not show it; save it as JPEG (photos) or PNG</source>
        <translation>la imagen «{file}» no es una imagen {formats}; el lector no la muestra: guárdela como JPEG (fotos) o PNG</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels, far larger than it is ever shown ({shown} pixels across) — it only makes the pack heavier: send the pack made with &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</source>
        <translation>la imagen «{file}» mide {width} × {height} píxeles, mucho más de lo que nunca se muestra ({shown} píxeles de ancho); solo hace más pesado el paquete: envíe el paquete creado con &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels ({megapixels} megapixels); the limit is {limit} megapixels, so it is never opened — make it at most {shown} pixels across in an image editor</source>
        <translation>la imagen «{file}» mide {width} × {height} píxeles ({megapixels} megapíxeles); el límite es {limit} megapíxeles, así que nunca se abre: redúzcala a {shown} píxeles de ancho como máximo en un editor de imágenes</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; does not exist in the pack — add it or fix the path</source>
        <translation>la imagen «{file}» no existe en el paquete: añádala o corrija la ruta</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — it is not shown: save it smaller (at most {shown} pixels across)</source>
        <translation>la imagen «{file}» ocupa {size:.1f} MiB; el límite es {limit} MiB; no se muestra: guárdela más pequeña ({shown} píxeles de ancho como máximo)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; cannot be read from inside the pack ({reason}) — it is not shown</source>
        <translation>la imagen «{file}» no se puede leer desde dentro del paquete ({reason}); no se muestra</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
</context>
</TS>
