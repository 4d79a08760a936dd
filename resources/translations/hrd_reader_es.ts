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
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the current question or the whole FAQ as a handout</source>
        <translation>Imprimir la pregunta actual o toda la FAQ como folleto</translation>
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
        <source>{title} — HRD Reader — Private session</source>
        <translation>{title} — HRD Reader — Sesión privada</translation>
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
        <source>Scan to donate or sign up</source>
        <translation>Escanee para donar o suscribirse</translation>
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
</context>
</TS>
