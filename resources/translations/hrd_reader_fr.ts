<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>About HRD Reader</source>
        <translation>À propos de HRD Reader</translation>
    </message>
    <message>
        <source>An offline reader for the Human Rights Defenders FAQ. It never connects to the network; links open only when you click them.</source>
        <translation>Un lecteur hors ligne pour la FAQ sur les défenseurs des droits humains. Il ne se connecte jamais au réseau&#xa0;; les liens ne s’ouvrent que lorsque vous cliquez dessus.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Icons: {name} ({licence} licence), {url}</source>
        <translation>Icônes : {name} (licence {licence}), {url}</translation>
    </message>
    <message>
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Show another content pack: a .hrdpack file or a folder with pack.toml</source>
        <translation>Afficher un autre paquet de contenu : un fichier .hrdpack ou un dossier contenant pack.toml</translation>
    </message>
    <message>
        <source>&amp;Save Pack As…</source>
        <translation>&amp;Enregistrer le paquet sous…</translation>
    </message>
    <message>
        <source>Save the pack shown as one .hrdpack file, to pass on by USB stick or message</source>
        <translation>Enregistrer le paquet affiché en un seul fichier .hrdpack, à transmettre par clé USB ou message</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Forget which packs were opened recently</source>
        <translation>Oublier quels paquets ont été ouverts récemment</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the current question or the whole FAQ as a PDF handout</source>
        <translation>Enregistrer la question affichée ou toute la FAQ comme document PDF à distribuer</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>Page &amp;web…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as one web page that any phone browser opens offline</source>
        <translation>Enregistrer toute la FAQ comme une seule page web que tout navigateur de téléphone ouvre hors ligne</translation>
    </message>
    <message>
        <source>&amp;Kiwix ZIM…</source>
        <translation>Fichier ZIM pour &amp;Kiwix…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a ZIM file: a searchable book for Kiwix, on phones too</source>
        <translation>Enregistrer toute la FAQ comme fichier ZIM&#xa0;: un livre où chercher dans Kiwix, aussi sur téléphone</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the current question or the whole FAQ as a handout</source>
        <translation>Imprimer la question affichée ou toute la FAQ comme document à distribuer</translation>
    </message>
    <message>
        <source>Share in the &amp;Room…</source>
        <translation>Partager dans la &amp;salle…</translation>
    </message>
    <message>
        <source>Let phones on this network read the FAQ and follow the presentation (again: stop)</source>
        <translation>Les téléphones de ce réseau lisent la FAQ et suivent la présentation (à nouveau : arrêter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close HRD Reader</source>
        <translation>Fermer HRD Reader</translation>
    </message>
    <message>
        <source>F&amp;orget This Computer…</source>
        <translation>Oublier cet or&amp;dinateur…</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer and go on privately</source>
        <translation>Supprimer tout ce que HRD Reader a conservé sur cet ordinateur et continuer en privé</translation>
    </message>
    <message>
        <source>Quick E&amp;xit</source>
        <translation>Sortie rapide (&amp;X)</translation>
    </message>
    <message>
        <source>Hide HRD Reader and close it at once, saving nothing ({keys}, any window)</source>
        <translation>Masquer HRD Reader et le fermer aussitôt, sans rien enregistrer ({keys}, dans toute fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>Chercher dans les questions et les réponses</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Aller au résultat suivant</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Aller au résultat précédent</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Show the text at its normal size (100 %)</source>
        <translation>Afficher le texte à sa taille normale (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s light or dark colours</source>
        <translation>Utiliser les couleurs claires ou sombres du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>White and yellow on black, for projectors and low vision</source>
        <translation>Blanc et jaune sur noir, pour les projecteurs et la basse vision</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Fill the screen with the reader</source>
        <translation>Afficher le lecteur en plein écran</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Show the questions full screen in large type, for a projector (Esc leaves)</source>
        <translation>Afficher les questions en plein écran et en grands caractères, pour un projecteur (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Show &amp;QR Codes</source>
        <translation>Afficher les codes &amp;QR</translation>
    </message>
    <message>
        <source>Show the Donate and Sign Up addresses as large QR codes the room can scan</source>
        <translation>Afficher les adresses de don et d’inscription en grands codes QR que la salle peut scanner</translation>
    </message>
    <message>
        <source>&amp;Question First</source>
        <translation>&amp;Question d’abord</translation>
    </message>
    <message>
        <source>In presentation, show each question alone first; the next key reveals its answer</source>
        <translation>En présentation, montrer d’abord chaque question seule&#xa0;; la touche suivante révèle sa réponse</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>Show the previous question</source>
        <translation>Afficher la question précédente</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>Show the next question</source>
        <translation>Afficher la question suivante</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>Faire un &amp;don</translation>
    </message>
    <message>
        <source>Open the donation page in your browser</source>
        <translation>Ouvrir la page de dons dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Sign Up for Email</source>
        <translation>&amp;S’inscrire par courriel</translation>
    </message>
    <message>
        <source>Open the e-mail sign-up page in your browser</source>
        <translation>Ouvrir la page d’inscription par courriel dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;About HRD Reader</source>
        <translation>À &amp;propos de HRD Reader</translation>
    </message>
    <message>
        <source>Version, source and attribution of the text</source>
        <translation>Version, source et attribution du texte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>Expor&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>HRD Reader only opens web and e-mail addresses. This link was not opened:

{address}</source>
        <translation>HRD Reader n’ouvre que les adresses web et électroniques. Ce lien n’a pas été ouvert&#xa0;:

{address}</translation>
    </message>
    <message>
        <source>Opening “{label}” in your web browser</source>
        <translation>Ouverture de «&#xa0;{label}&#xa0;» dans votre navigateur web</translation>
    </message>
    <message>
        <source>Opening the link in your web browser</source>
        <translation>Ouverture du lien dans votre navigateur web</translation>
    </message>
    <message>
        <source>Open this address</source>
        <translation>Ouvrir cette adresse</translation>
    </message>
    <message>
        <source>No web browser could be started on this computer. Copy the address, or scan the code with a phone:</source>
        <translation>Aucun navigateur web n’a pu être lancé sur cet ordinateur. Copiez l’adresse ou scannez le code avec un téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>QR code of {address}</source>
        <translation>Code QR de {address}</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Open Pack — a .hrdpack file or a pack folder</source>
        <translation>Ouvrir un paquet — un fichier .hrdpack ou un dossier de paquet</translation>
    </message>
    <message>
        <source>Content packs (*{suffix} {manifest})</source>
        <translation>Paquets de contenu (*{suffix} {manifest})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Pack As — one file to pass on</source>
        <translation>Enregistrer le paquet sous — un seul fichier à transmettre</translation>
    </message>
    <message>
        <source>Content packs (*{suffix})</source>
        <translation>Paquets de contenu (*{suffix})</translation>
    </message>
    <message>
        <source>Saved “{title}” as {path} — send this one file; it opens in HRD Reader</source>
        <translation>« {title} » enregistré sous {path} — envoyez ce seul fichier ; il s’ouvre dans HRD Reader</translation>
    </message>
    <message>
        <source>Pack not saved</source>
        <translation>Paquet non enregistré</translation>
    </message>
    <message>
        <source>The pack could not be saved as {path}.</source>
        <translation>Le paquet n’a pas pu être enregistré sous {path}.</translation>
    </message>
    <message>
        <source>Pack not opened</source>
        <translation>Paquet non ouvert</translation>
    </message>
    <message>
        <source>The pack in {folder} cannot be opened (problems found: {count}). “{current}” stays open. Fix the problems below and open the pack again.</source>
        <translation>Le paquet situé dans {folder} ne peut pas être ouvert (problèmes trouvés&#xa0;: {count}). «&#xa0;{current}&#xa0;» reste ouvert. Corrigez les problèmes ci-dessous, puis ouvrez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Each problem with its file and line</source>
        <translation>Chaque problème avec son fichier et sa ligne</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Use the language of this computer when it is available</source>
        <translation>Utiliser la langue de cet ordinateur lorsqu’elle est disponible</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{title} — Presenter Console</source>
        <translation>{title} — Console du formateur</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>La salle voit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>no end time</source>
        <translation>sans heure de fin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the workshop: the timer turns amber five minutes before the end</source>
        <translation>Durée de l’atelier&#xa0;: le chronomètre passe à l’orange cinq minutes avant la fin</translation>
    </message>
    <message>
        <source>Questions: click one to show it to the room</source>
        <translation>Questions&#xa0;: cliquez sur l’une d’elles pour la montrer à la salle</translation>
    </message>
    <message>
        <source>PageDown/→/Space next · PageUp/← back · Home/End first/last · B black · W white · Q QR codes · P pause timer · R reset timer · +/− notes size · S swap screens · Esc end</source>
        <translation>PageSuiv/→/Espace suivant · PagePréc/← retour · Début/Fin première/dernière · B noir · W blanc · Q codes QR · P pause du chrono · R remise à zéro · +/− taille des notes · S échanger les écrans · Échap fin</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>No notes for this question</source>
        <translation>Pas de notes pour cette question</translation>
    </message>
    <message>
        <source>Last question</source>
        <translation>Dernière question</translation>
    </message>
    <message>
        <source>The screen is blank ({colour}) — any key brings the text back</source>
        <translation>L’écran est vide ({colour}) — une touche quelconque fait revenir le texte</translation>
    </message>
    <message>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <source>Question {number} of {count}: {title}</source>
        <translation>Question {number} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The question alone — the next key reveals the answer</source>
        <translation>La question seule — la touche suivante révèle la réponse</translation>
    </message>
    <message>
        <source>The question and its answer</source>
        <translation>La question et sa réponse</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>Les questions du paquet&#xa0;; choisissez-en une pour lire sa réponse</translation>
    </message>
    <message>
        <source>This computer was forgotten</source>
        <translation>Cet ordinateur a été oublié</translation>
    </message>
    <message>
        <source>About signing up</source>
        <translation>À propos de l’inscription</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>Source du texte</translation>
    </message>
    <message>
        <source>Private session</source>
        <translation>Session privée</translation>
    </message>
    <message>
        <source>Nothing of this session is written to this computer: no settings, no log, no history. Only files you save yourself are kept.</source>
        <translation>Rien de cette session n’est écrit sur cet ordinateur : ni réglages, ni journal, ni historique. Seuls les fichiers que vous enregistrez vous-même sont conservés.</translation>
    </message>
    <message>
        <source>{title} — Private session — HRD Reader</source>
        <translation>{title} — Session privée — HRD Reader</translation>
    </message>
    <message>
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Oublier cet ordinateur</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer? These will be removed:

{files}

Packs, PDFs and other files you saved are not touched. The reader then goes on as a private session.</source>
        <translation>Supprimer tout ce que HRD Reader a conservé sur cet ordinateur ? Seront supprimés :

{files}

Les paquets, les PDF et les autres fichiers que vous avez enregistrés ne sont pas touchés. Le lecteur continue ensuite en session privée.</translation>
    </message>
    <message>
        <source>HRD Reader has kept nothing on this computer. From now on this session is private: nothing of it will be kept.</source>
        <translation>HRD Reader n’a rien conservé sur cet ordinateur. Désormais cette session est privée : rien n’en sera conservé.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>These could not be removed:

{problems}

Everything else was removed, and this session writes nothing. Delete them yourself, or ask whoever looks after this computer (they may be read-only or belong to another user).</source>
        <translation>Ceux-ci n’ont pas pu être supprimés :

{problems}

Tout le reste a été supprimé, et cette session n’écrit rien. Supprimez-les vous-même, ou demandez à la personne qui s’occupe de cet ordinateur (ils sont peut-être en lecture seule ou appartiennent à un autre utilisateur).</translation>
    </message>
    <message>
        <source>Opened “{title}” (questions: {count})</source>
        <translation>«&#xa0;{title}&#xa0;» ouvert (questions&#xa0;: {count})</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Réponse&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Saved a {pages}-page handout to {path}</source>
        <translation>Document enregistré dans {path} (pages&#xa0;: {pages})</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer</source>
        <translation>Document envoyé à l’imprimante (pages&#xa0;: {pages})</translation>
    </message>
    <message>
        <source>{title} — Presentation</source>
        <translation>{title} — Présentation</translation>
    </message>
    <message>
        <source>more ▾</source>
        <translation>suite ▾</translation>
    </message>
    <message>
        <source>The answer continues: next key shows the rest</source>
        <translation>La réponse continue&#xa0;: la touche suivante affiche la suite</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} sur {count}</translation>
    </message>
    <message>
        <source>{number} / {count} · {title}</source>
        <translation>{number} / {count} · {title}</translation>
    </message>
    <message>
        <source>Search ({shortcut})</source>
        <translation>Rechercher ({shortcut})</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>Rechercher dans les questions et les réponses</translation>
    </message>
    <message>
        <source>Type words to find; Enter or {next}: next match, {previous}: previous, Esc: clear</source>
        <translation>Tapez des mots à rechercher&#xa0;; Entrée ou {next}&#xa0;: résultat suivant, {previous}&#xa0;: précédent, Échap&#xa0;: effacer</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No results for “{query}”</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} of {total} questions match</source>
        <translation>Questions correspondantes&#xa0;: {count} sur {total}</translation>
    </message>
    <message>
        <source>{title}: match {number} of {count}</source>
        <translation>{title}&#xa0;: résultat {number} sur {count}</translation>
    </message>
    <message>
        <source>Scan to donate or sign up</source>
        <translation>Scannez pour faire un don ou vous inscrire</translation>
    </message>
    <message>
        <source>Scan to read along</source>
        <translation>Scannez pour suivre</translation>
    </message>
    <message>
        <source>Read along on your phone (same Wi-Fi)</source>
        <translation>Suivez sur votre téléphone (même Wi-Fi)</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera · any key closes</source>
        <translation>Scannez un code avec l’appareil photo de votre téléphone · une touche quelconque ferme</translation>
    </message>
    <message>
        <source>Smaller text ({shortcut})</source>
        <translation>Texte plus petit ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Text size; click for 100 % ({shortcut})</source>
        <translation>Taille du texte&#xa0;; cliquez pour revenir à 100&#xa0;% ({shortcut})</translation>
    </message>
    <message>
        <source>Larger text ({shortcut})</source>
        <translation>Texte plus grand ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Text size {percent} percent</source>
        <translation>Taille du texte {percent} pour cent</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read ({reason}); using defaults. Check its permissions.</source>
        <translation>Le fichier de réglages {path} ne peut pas être lu ({reason})&#xa0;; les réglages par défaut sont utilisés. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>Settings file {path} is damaged; this private session uses the defaults and leaves the file as it is.</source>
        <translation>Le fichier de réglages {path} est endommagé ; cette session privée utilise les valeurs par défaut et laisse le fichier tel quel.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it was kept as {backup}.</source>
        <translation>Le fichier de réglages {path} était endommagé et a été remis aux valeurs par défaut&#xa0;; il a été conservé sous le nom {backup}.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it could not be moved aside.</source>
        <translation>Le fichier de réglages {path} était endommagé et a été remis aux valeurs par défaut&#xa0;; il n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read; using defaults.</source>
        <translation>Le fichier de réglages {path} ne peut pas être lu&#xa0;; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Settings file {path} was written by a newer HRD Reader; settings this version does not understand keep their defaults.</source>
        <translation>Le fichier de réglages {path} a été écrit par une version plus récente de HRD Reader&#xa0;; les réglages que cette version ne comprend pas gardent leur valeur par défaut.</translation>
    </message>
    <message>
        <source>Setting {key} has an unusable value {value}; using the default.</source>
        <translation>Le réglage {key} a une valeur inutilisable {value}&#xa0;; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Settings could not be saved to {path} (is the disk read-only or full?); this session&apos;s changes will not be remembered.</source>
        <translation>Les réglages n’ont pas pu être enregistrés dans {path} (le disque est-il en lecture seule ou plein&#xa0;?)&#xa0;; les changements de cette session ne seront pas conservés.</translation>
    </message>
    <message>
        <source>Trainer notes — not for participants</source>
        <translation>Notes du formateur — pas pour les participants</translation>
    </message>
    <message>
        <source>{count} questions and answers</source>
        <translation>Questions et réponses&#xa0;: {count}</translation>
    </message>
    <message>
        <source>About this text</source>
        <translation>À propos de ce texte</translation>
    </message>
    <message>
        <source>Made with HRD Reader {version}.</source>
        <translation>Réalisé avec HRD Reader {version}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, e.g. {example}</source>
        <translation>{path} est un dossier&#xa0;: donnez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>{path} is not a regular file: give a file name, e.g. {example}</source>
        <translation>{path} n’est pas un fichier ordinaire&#xa0;: donnez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose a folder that exists and that you may write to.</source>
        <translation>Impossible d’enregistrer {path}&#xa0;: {reason}. Choisissez un dossier qui existe et où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Export PDF handout</source>
        <translation>Exporter le document en PDF</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>The whole FAQ ({count} questions)</source>
        <translation>Toute la FAQ (questions&#xa0;: {count})</translation>
    </message>
    <message>
        <source>Only the current question: {title}</source>
        <translation>Seulement la question affichée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>What should the handout hold?</source>
        <translation>Que doit contenir le document&#xa0;?</translation>
    </message>
    <message>
        <source>With trainer notes (a handout for trainers, not participants)</source>
        <translation>Avec les notes du formateur (un document pour les formateurs, pas pour les participants)</translation>
    </message>
    <message>
        <source>This pack has no trainer notes</source>
        <translation>Ce paquet n’a pas de notes du formateur</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Exporter en PDF</translation>
    </message>
    <message>
        <source>Save the handout as</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF, e.g. {example}</source>
        <translation>Donnez un nom de fichier pour le PDF, par exemple {example}</translation>
    </message>
    <message>
        <source>HRD Reader: something went wrong</source>
        <translation>HRD Reader&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {summary}

HRD Reader keeps running and your place is kept. If it happens again, please send the details to the people who gave you the reader.</source>
        <translation>Un problème inattendu est survenu&#xa0;: {summary}

HRD Reader continue de fonctionner et votre position est conservée. Si cela se reproduit, envoyez les détails aux personnes qui vous ont donné le lecteur.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Private session: no log file is kept; the details are below.</source>
        <translation>Session privée : aucun fichier journal n’est conservé ; les détails sont ci-dessous.</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>Aucun fichier journal n’a pu être écrit sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Afficher les détails</translation>
    </message>
    <message>
        <source>{time} since the start — paused (P resumes)</source>
        <translation>{time} depuis le début — en pause (P pour reprendre)</translation>
    </message>
    <message>
        <source>{time} since the start — the workshop&apos;s time is over</source>
        <translation>{time} depuis le début — le temps de l’atelier est écoulé</translation>
    </message>
    <message>
        <source>{time} since the start — less than five minutes left</source>
        <translation>{time} depuis le début — moins de cinq minutes restantes</translation>
    </message>
    <message>
        <source>{time} since the start</source>
        <translation>{time} depuis le début</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un paquet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location}</source>
        <translation>&amp;{number} {title} — {location}</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location} (missing)</source>
        <translation>&amp;{number} {title} — {location} (introuvable)</translation>
    </message>
    <message>
        <source>Human Rights Defenders: FAQ (built in)</source>
        <translation>Human Rights Defenders: FAQ (intégré)</translation>
    </message>
    <message>
        <source>Pack not found</source>
        <translation>Paquet introuvable</translation>
    </message>
    <message>
        <source>“{title}” is no longer at {location}. If it is on a USB stick, plug it in and choose it again; or remove it from the list.</source>
        <translation>« {title} » n’est plus à l’emplacement {location}. S’il est sur une clé USB, branchez-la et choisissez-le à nouveau ; ou retirez-le de la liste.</translation>
    </message>
    <message>
        <source>Remove From List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>{size} MiB is larger than a pack file may be ({limit} MiB) — split the pack or make its pictures smaller</source>
        <translation>fait {size} Mio, plus qu’un fichier de paquet ne peut en faire ({limit} Mio) — divisez le paquet ou réduisez ses images</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check the path and permissions</source>
        <translation>ne peut pas être lu ({reason}) — vérifiez le chemin et les permissions</translation>
    </message>
    <message>
        <source>is larger than a pack file may be — split the pack</source>
        <translation>est plus grand qu’un fichier de paquet ne peut l’être — divisez le paquet</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>ne peut pas être décompressé ({reason}) — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>is not a pack file (not a ZIP archive) — open a .hrdpack made with &apos;hrd-reader pack&apos;, or the folder that holds pack.toml</source>
        <translation>n’est pas un fichier de paquet (pas une archive ZIP) — ouvrez un .hrdpack créé avec &apos;hrd-reader pack&apos;, ou le dossier qui contient pack.toml</translation>
    </message>
    <message>
        <source>is damaged (a file in it fails its checksum) — copy it again</source>
        <translation>est endommagé (un fichier qu’il contient échoue au contrôle d’intégrité) — copiez-le à nouveau</translation>
    </message>
    <message>
        <source>is damaged or incomplete (cut short while copying?) — copy or download it again</source>
        <translation>est endommagé ou incomplet (copie interrompue ?) — copiez-le ou téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>lists far more files than a pack has — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>liste bien plus de fichiers qu’un paquet n’en a — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds {count} files; a pack file may hold at most {limit} — split the pack</source>
        <translation>contient {count} fichiers ; un fichier de paquet peut en contenir au plus {limit} — divisez le paquet</translation>
    </message>
    <message>
        <source>holds a file with an unusable name {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un fichier au nom inutilisable {name} — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file with an absolute path {name}, which is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un fichier au chemin absolu {name}, ce qui n’est pas sûr — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that points outside the pack (not safe) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un fichier {name} qui pointe hors du paquet (pas sûr) — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a symbolic link {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un lien symbolique {name} ; ce n’est pas sûr — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a special file {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un fichier spécial {name} ; ce n’est pas sûr — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds an encrypted file {name} — make it again without a password</source>
        <translation>contient un fichier chiffré {name} — refaites-le sans mot de passe</translation>
    </message>
    <message>
        <source>holds two files named {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient deux fichiers nommés {name} — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>uses a compression method the reader does not read ({name}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>utilise une méthode de compression que le lecteur ne lit pas ({name}) — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that unpacks to {ratio:.0f} times its size (a zip bomb?); it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>contient un fichier {name} qui se décompresse à {ratio:.0f} fois sa taille (une bombe ZIP ?) ; ce n’est pas sûr — demandez à la personne qui l’a envoyé de le refaire avec &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} of {size} MiB unpacked; the limit is {limit} MiB — make its pictures smaller or split it</source>
        <translation>contient un fichier {name} de {size} Mio une fois décompressé ; la limite est de {limit} Mio — réduisez ses images ou divisez-le</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MiB, more than a pack may hold — split the pack</source>
        <translation>se décompresse en plus de {limit} Mio, plus qu’un paquet ne peut contenir — divisez le paquet</translation>
    </message>
    <message>
        <source>is damaged ({name} is not the size it says) — copy it again</source>
        <translation>est endommagé ({name} n’a pas la taille annoncée) — copiez-le à nouveau</translation>
    </message>
    <message>
        <source>holds no {manifest} (at its root or in one top folder), so it is not a pack — zip the folder that holds pack.toml, or use &apos;hrd-reader pack&apos;</source>
        <translation>ne contient pas de {manifest} (à sa racine ou dans un seul dossier principal), ce n’est donc pas un paquet — compressez en ZIP le dossier qui contient pack.toml, ou utilisez &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>already exists — choose another name, or give --overwrite to replace it</source>
        <translation>existe déjà — choisissez un autre nom, ou indiquez --overwrite pour le remplacer</translation>
    </message>
    <message>
        <source>cannot be written ({reason}) — choose a folder you can write to, with free space</source>
        <translation>ne peut pas être écrit ({reason}) — choisissez un dossier où vous pouvez écrire, avec de l’espace libre</translation>
    </message>
    <message>
        <source>“Q:” with no question after it — write the question on the same line</source>
        <translation>« Q: » sans question à la suite — écrivez la question sur la même ligne</translation>
    </message>
    <message>
        <source>question “{title}” has no answer — write its answer as paragraphs under the “Q:” line</source>
        <translation>la question « {title} » n’a pas de réponse — écrivez sa réponse en paragraphes sous la ligne « Q: »</translation>
    </message>
    <message>
        <source>no questions found — start each question on its own line with “Q: ”</source>
        <translation>aucune question trouvée — commencez chaque question sur sa propre ligne par « Q: »</translation>
    </message>
    <message>
        <source>no title — put it on the line above the first question, or give --title</source>
        <translation>pas de titre — placez-le sur la ligne au-dessus de la première question, ou indiquez --title</translation>
    </message>
    <message>
        <source>“{label}” but no donation address — give --donate-url URL (or delete the line for a pack without a Donate button)</source>
        <translation>« {label} » mais aucune adresse de don — indiquez --donate-url URL (ou supprimez la ligne pour un paquet sans bouton de don)</translation>
    </message>
    <message>
        <source>“{label}” but no sign-up address — give --signup-url URL or --source URL (or delete the line for a pack without a Sign Up button)</source>
        <translation>« {label} » mais aucune adresse d’inscription — indiquez --signup-url URL ou --source URL (ou supprimez la ligne pour un paquet sans bouton d’inscription)</translation>
    </message>
    <message>
        <source>pack id &quot;{value}&quot; is not valid — {hint}</source>
        <translation>l’identifiant de paquet « {value} » n’est pas valide — {hint}</translation>
    </message>
    <message>
        <source>language &quot;{value}&quot; is not valid — {hint}</source>
        <translation>la langue « {value} » n’est pas valide — {hint}</translation>
    </message>
    <message>
        <source>already exists and is not an empty folder — choose a new folder, so that nothing there is overwritten</source>
        <translation>existe déjà et n’est pas un dossier vide — choisissez un nouveau dossier, afin que rien n’y soit écrasé</translation>
    </message>
    <message>
        <source>cannot write the pack ({reason}) — choose a writable folder</source>
        <translation>impossible d’écrire le paquet ({reason}) — choisissez un dossier accessible en écriture</translation>
    </message>
    <message>
        <source>use a BCP 47 code such as &quot;en&quot; or &quot;ar&quot;</source>
        <translation>utilisez un code BCP 47 comme « en » ou « ar »</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit} — give a shorter address (it must fit a QR code)</source>
        <translation>{label} fait {length} caractères ; la limite est de {limit} — donnez une adresse plus courte (elle doit tenir dans un code QR)</translation>
    </message>
    <message>
        <source>{label} holds a line break, tab or other control character — write it on one line</source>
        <translation>{label} contient un saut de ligne, une tabulation ou un autre caractère de contrôle — écrivez-la sur une seule ligne</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; is not an http, https or mailto address — give a full address such as {example}</source>
        <translation>{label} « {url} » n’est pas une adresse http, https ou mailto — donnez une adresse complète comme {example}</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no e-mail address — write it as mailto:name@example.org</source>
        <translation>{label} « {url} » ne contient aucune adresse électronique — écrivez-la sous la forme mailto:name@example.org</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no host — give a full address such as {example}</source>
        <translation>{label} « {url} » ne nomme aucun hôte — donnez une adresse complète comme {example}</translation>
    </message>
    <message>
        <source>missing — a content pack needs a {manifest} in its folder</source>
        <translation>manquant — un paquet de contenu a besoin d’un {manifest} dans son dossier</translation>
    </message>
    <message>
        <source>is the manifest, not the pack — give the folder that holds it instead</source>
        <translation>est le manifeste, pas le paquet — indiquez plutôt le dossier qui le contient</translation>
    </message>
    <message>
        <source>does not exist — give a pack folder (it holds {manifest}) or a .hrdpack file</source>
        <translation>n’existe pas — indiquez un dossier de paquet (il contient {manifest}) ou un fichier .hrdpack</translation>
    </message>
    <message>
        <source>{size} KiB is too large (limit {limit} KiB) — is this really a pack manifest?</source>
        <translation>{size} Kio, c’est trop (limite {limit} Kio) — est-ce vraiment un manifeste de paquet ?</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in [{table}] is ignored — check its spelling</source>
        <translation>la clé inconnue &apos;{key}&apos; dans [{table}] est ignorée — vérifiez son orthographe</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in the top level is ignored — check its spelling</source>
        <translation>la clé inconnue &apos;{key}&apos; au niveau principal est ignorée — vérifiez son orthographe</translation>
    </message>
    <message>
        <source>missing table [{name}] — add it (see the README&apos;s pack format)</source>
        <translation>table [{name}] manquante — ajoutez-la (voir le format de paquet dans le README)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table, not a {type} — write it as [{name}]</source>
        <translation>&apos;{name}&apos; doit être une table, pas une valeur de type {type} — écrivez-la sous la forme [{name}]</translation>
    </message>
    <message>
        <source>question {number}: {key}</source>
        <translation>question {number} : {key}</translation>
    </message>
    <message>
        <source>{label} is missing — add {key} = &quot;…&quot;</source>
        <translation>{label} manque — ajoutez {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} must be text, not a {type} — write it in double quotes: {key} = &quot;…&quot;</source>
        <translation>{label} doit être du texte, pas une valeur de type {type} — écrivez-le entre guillemets droits : {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} is empty — give it a value</source>
        <translation>{label} est vide — donnez-lui une valeur</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; is not valid — {hint}</source>
        <translation>{label} « {value} » n’est pas valide — {hint}</translation>
    </message>
    <message>
        <source>no [[questions]] — add at least one [[questions]] entry</source>
        <translation>aucune [[questions]] — ajoutez au moins une entrée [[questions]]</translation>
    </message>
    <message>
        <source>&apos;questions&apos; must be a list of tables — write each one under a [[questions]] line</source>
        <translation>&apos;questions&apos; doit être une liste de tables — écrivez chacune sous une ligne [[questions]]</translation>
    </message>
    <message>
        <source>{count} questions is more than the reader handles ({limit}) — split the pack</source>
        <translation>{count} questions, c’est plus que le lecteur ne peut gérer ({limit}) — divisez le paquet</translation>
    </message>
    <message>
        <source>question id &quot;{id}&quot; is used twice (first at question {first}) — give each question its own id</source>
        <translation>l’identifiant de question « {id} » est utilisé deux fois (d’abord à la question {first}) — donnez à chaque question son propre identifiant</translation>
    </message>
    <message>
        <source>is empty — write the answer in it</source>
        <translation>est vide — écrivez-y la réponse</translation>
    </message>
    <message>
        <source>is empty — write the trainer&apos;s notes in it, or remove the notes line</source>
        <translation>est vide — écrivez-y les notes du formateur, ou supprimez la ligne notes</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is an absolute path — give a path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>le fichier « {file} » est un chemin absolu — donnez un chemin dans le dossier du paquet, p. ex. « {example} »</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep answers inside it, e.g. &quot;{example}&quot;</source>
        <translation>le fichier « {file} » pointe hors du dossier du paquet — gardez les réponses à l’intérieur, p. ex. « {example} »</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep notes inside it, e.g. &quot;{example}&quot;</source>
        <translation>le fichier « {file} » pointe hors du dossier du paquet — gardez les notes à l’intérieur, p. ex. « {example} »</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is not a usable path ({reason}) — give a short path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>le fichier « {file} » n’est pas un chemin utilisable ({reason}) — donnez un chemin court dans le dossier du paquet, p. ex. « {example} »</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>le fichier de réponse « {file} » n’existe pas — créez-le ou corrigez le chemin</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>le fichier de notes « {file} » n’existe pas — créez-le ou corrigez le chemin</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>le fichier de réponse « {file} » n’est pas un fichier ordinaire (un tube, un périphérique ou un socket) — indiquez un fichier Markdown</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>le fichier de notes « {file} » n’est pas un fichier ordinaire (un tube, un périphérique ou un socket) — indiquez un fichier Markdown</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>le fichier de réponse « {file} » fait {size:.1f} Mio ; la limite est de {limit} Mio — raccourcissez-le ou divisez-le</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>le fichier de notes « {file} » fait {size:.1f} Mio ; la limite est de {limit} Mio — raccourcissez-le ou divisez-le</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>le fichier de réponse « {file} » ne peut pas être lu ({reason}) — vérifiez qu’il existe et qu’il est lisible</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>le fichier de notes « {file} » ne peut pas être lu ({reason}) — vérifiez qu’il existe et qu’il est lisible</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and single hyphens, e.g. &quot;who-are-hrds&quot;</source>
        <translation>utilisez des lettres minuscules, des chiffres et des traits d’union simples, p. ex. « who-are-hrds »</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check that the folder and its files are readable</source>
        <translation>ne peut pas être lu ({reason}) — vérifiez que le dossier et ses fichiers sont lisibles</translation>
    </message>
    <message>
        <source>is UTF-16, not UTF-8 — save the file as UTF-8</source>
        <translation>est en UTF-16, pas en UTF-8 — enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte — this is not a text file; save it as UTF-8 text</source>
        <translation>contient un octet NUL — ce n’est pas un fichier texte ; enregistrez-le en texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte 0x{byte:02x}) — save the file as UTF-8</source>
        <translation>n’est pas de l’UTF-8 valide (octet 0x{byte:02x}) — enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>a key or table name with more than {limit} dots — a pack manifest needs at most two (links.donate)</source>
        <translation>un nom de clé ou de table avec plus de {limit} points — un manifeste de paquet en a besoin de deux au plus (links.donate)</translation>
    </message>
    <message>
        <source>values nested too deeply (lists or tables inside each other) — a pack manifest needs none of that; see the README&apos;s pack format</source>
        <translation>valeurs imbriquées trop profondément (listes ou tables les unes dans les autres) — un manifeste de paquet n’en a aucun besoin ; voir le format de paquet dans le README</translation>
    </message>
    <message>
        <source>TOML syntax error: {message} — fix the syntax (strings in double quotes, one key = value per line)</source>
        <translation>erreur de syntaxe TOML : {message} — corrigez la syntaxe (chaînes entre guillemets droits, une clé = valeur par ligne)</translation>
    </message>
    <message>
        <source>Export a Web Page — one file for any phone</source>
        <translation>Exporter une page web — un seul fichier pour tout téléphone</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Export a ZIM File for Kiwix</source>
        <translation>Exporter un fichier ZIM pour Kiwix</translation>
    </message>
    <message>
        <source>ZIM files (*.zim)</source>
        <translation>Fichiers ZIM (*.zim)</translation>
    </message>
    <message>
        <source>Saved {path} — pass it on by USB, Bluetooth or a message; any browser opens it</source>
        <translation>{path} enregistré — transmettez-le par clé USB, Bluetooth ou message&#xa0;; tout navigateur l’ouvre</translation>
    </message>
    <message>
        <source>Saved {path} — open it in Kiwix (Open file, or add it to the library)</source>
        <translation>{path} enregistré — ouvrez-le dans Kiwix (Ouvrir un fichier, ou ajoutez-le à la bibliothèque)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <source>This copy of HRD Reader cannot write ZIM files (python-libzim is not installed): install it with pip or pipx, or export the web page instead.</source>
        <translation>Cette copie de HRD Reader ne peut pas écrire de fichiers ZIM (python-libzim n’est pas installé)&#xa0;: installez-le avec pip ou pipx, ou exportez plutôt la page web.</translation>
    </message>
    <message>
        <source>Share in the Room</source>
        <translation>Partager dans la salle</translation>
    </message>
    <message>
        <source>Sharing could not start: {reason}</source>
        <translation>Le partage n’a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>this computer&apos;s hotspot</source>
        <translation>point d’accès de cet ordinateur</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>câble</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>virtual or VPN — others on it could read</source>
        <translation>virtuel ou VPN — d’autres pourraient lire</translation>
    </message>
    <message>
        <source>this computer only — for trying it out</source>
        <translation>cet ordinateur seulement — pour essayer</translation>
    </message>
    <message>
        <source>{address} — {kind} ({interface})</source>
        <translation>{address} — {kind} ({interface})</translation>
    </message>
    <message>
        <source>Phones on the same network open the address this shows — the room&apos;s Wi-Fi, or this computer&apos;s own hotspot. Choose that network:</source>
        <translation>Les téléphones du même réseau ouvrent l’adresse affichée — le Wi-Fi de la salle, ou le point d’accès de cet ordinateur. Choisissez ce réseau :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Anyone on that network who has the address (it holds a new secret each time) can read the FAQ and follow the presentation; nothing else on this computer is shared, and no phone&apos;s address is kept. Sharing stops when you turn it off, quit, or use Quick Exit.</source>
        <translation>Toute personne de ce réseau qui a l’adresse (elle contient un nouveau secret à chaque fois) peut lire la FAQ et suivre la présentation ; rien d’autre de cet ordinateur n’est partagé, et l’adresse d’aucun téléphone n’est conservée. Le partage s’arrête quand vous le désactivez, quittez ou utilisez la sortie rapide.</translation>
    </message>
    <message>
        <source>Start Sharing</source>
        <translation>Démarrer le partage</translation>
    </message>
    <message>
        <source>Sharing at {address} · {following} following · {opened} pages opened</source>
        <translation>Partage sur {address} · {following} suivent · {opened} pages ouvertes</translation>
    </message>
    <message>
        <source>Phones on this network read the FAQ at this address. Following: follow pages open now; pages opened: in the last ten minutes. No phone&apos;s address is kept.</source>
        <translation>Les téléphones de ce réseau lisent la FAQ à cette adresse. Suivent : pages de suivi ouvertes maintenant ; pages ouvertes : dans les dix dernières minutes. L’adresse d’aucun téléphone n’est conservée.</translation>
    </message>
    <message>
        <source>Follow the trainer</source>
        <translation>Suivre la formatrice ou le formateur</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Connecting to the trainer…</source>
        <translation>Connexion à la présentation…</translation>
    </message>
    <message>
        <source>The trainer is not presenting now.</source>
        <translation>Pas de présentation en cours.</translation>
    </message>
    <message>
        <source>The trainer has blanked the screen.</source>
        <translation>L’écran de la présentation est masqué.</translation>
    </message>
    <message>
        <source>Connection lost — trying again…</source>
        <translation>Connexion perdue — nouvel essai…</translation>
    </message>
    <message>
        <source>This page follows the trainer with a small script, which is off here.</source>
        <translation>Cette page suit la présentation grâce à un petit script, désactivé ici.</translation>
    </message>
    <message>
        <source>The whole FAQ as one web page (.html)</source>
        <translation>Toute la FAQ en une page web (.html)</translation>
    </message>
    <message>
        <source>The pack for HRD Reader (.hrdpack)</source>
        <translation>Le paquet pour HRD Reader (.hrdpack)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is not a {formats} picture — the reader does not show it; save it as JPEG (photos) or PNG</source>
        <translation>l’image « {file} » n’est pas une image {formats} — le lecteur ne l’affiche pas ; enregistrez-la en JPEG (photos) ou en PNG</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels, far larger than it is ever shown ({shown} pixels across) — it only makes the pack heavier: send the pack made with &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</source>
        <translation>l’image « {file} » fait {width} × {height} pixels, bien plus qu’elle n’est jamais affichée ({shown} pixels de large) — elle ne fait qu’alourdir le paquet : envoyez le paquet créé avec &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels ({megapixels} megapixels); the limit is {limit} megapixels, so it is never opened — make it at most {shown} pixels across in an image editor</source>
        <translation>l’image « {file} » fait {width} × {height} pixels ({megapixels} mégapixels) ; la limite est de {limit} mégapixels, elle n’est donc jamais ouverte — réduisez-la à {shown} pixels de large au plus dans un éditeur d’images</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; does not exist in the pack — add it or fix the path</source>
        <translation>l’image « {file} » n’existe pas dans le paquet — ajoutez-la ou corrigez le chemin</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — it is not shown: save it smaller (at most {shown} pixels across)</source>
        <translation>l’image « {file} » pèse {size:.1f} Mio ; la limite est de {limit} Mio — elle n’est pas affichée : enregistrez-la plus petite ({shown} pixels de large au plus)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; cannot be read from inside the pack ({reason}) — it is not shown</source>
        <translation>l’image « {file} » ne peut pas être lue depuis l’intérieur du paquet ({reason}) — elle n’est pas affichée</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
</TS>
