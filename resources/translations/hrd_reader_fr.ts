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
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Show another content pack (a folder with pack.toml)</source>
        <translation>Afficher un autre paquet de contenu (un dossier contenant pack.toml)</translation>
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
        <source>Open Pack — choose the folder that holds pack.toml</source>
        <translation>Ouvrir un paquet — choisissez le dossier qui contient pack.toml</translation>
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
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>Les questions du paquet&#xa0;; choisissez-en une pour lire sa réponse</translation>
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
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
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
</context>
</TS>
