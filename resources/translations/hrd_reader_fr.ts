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
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the current question or the whole FAQ as a handout</source>
        <translation>Imprimer la question affichée ou toute la FAQ comme document à distribuer</translation>
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
        <source>{title} — HRD Reader — Private session</source>
        <translation>{title} — HRD Reader — Session privée</translation>
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
        <source>Opens {address} in your web browser</source>
        <translation>Ouvre {address} dans votre navigateur web</translation>
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
        <source>Scan to donate or sign up</source>
        <translation>Scannez pour faire un don ou vous inscrire</translation>
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
</context>
</TS>
