// Sales Insight Actions UI strings, English and German. German sources, per string:
//   [doc]  Adobe's current German docs (AdobeDocs/marketo.de-DE: admin setup guide, invite-users-and-admins,
//          set-up-your-marketo-connection, how-do-i-fix-we-were-unable-to-authenticate…)
//   [ui]   plausible wording of a German app UI, chosen here (no public source)
//   [var]  deliberately a variant the machine-translated docs do not use

const en = {
  product: 'Sales Insight Actions',
  nav: { home: 'Command Center', people: 'People', campaigns: 'Campaigns', templates: 'Templates' },
  header: { gear: 'Settings menu', notifications: 'Notifications', help: 'Help' },
  gearMenu: { settings: 'Settings', helpCenter: 'Help Center', whatsNew: "What's New", signOut: 'Sign Out' },
  loading: 'Loading…',
  sideNav: { label: 'Settings navigation', me: 'My Account', org: 'Admin Settings', general: 'General', email: 'Email', salesforce: 'Salesforce', marketo: 'Marketo', users: 'User Management', teams: 'Teams' },
  general: { title: 'General', language: 'Language', save: 'Save', saved: 'Saved.', login: 'Login Management', sfOnly: 'Salesforce Only', allMethods: 'All Login Methods' },
  teams: { title: 'Teams', everyone: 'Everyone' },
  noPrivileges: 'You do not have sufficient privileges to access this tab.',
  noPrivilegesHint: 'Ask an admin of your Sales Insight Actions instance for access.',
  sf: {
    title: 'Salesforce', connections: 'Connections & Customizations', sync: 'Sync Settings', diagnostics: 'Diagnostics',
    chooseCrm: 'Choose the CRM to connect', salesforce: 'Salesforce', dynamics: 'Microsoft Dynamics', unavailable: 'Not available',
    intro: 'Connect your Salesforce org to log activity and sync reminders.', connect: 'Connect',
    confirmTitle: 'Connect to Salesforce', confirm: "You'll be taken to Salesforce to sign in. If you're already signed in, you'll be connected.",
    environment: 'Environment', production: 'Production', sandbox: 'Sandbox', cancel: 'Cancel', ok: 'OK',
    connecting: 'Connecting to Salesforce…', connectedAs: (who) => `Connected as ${who}`, org: 'Salesforce org',
    connectedBy: 'Connected by', disconnect: 'Disconnect', customizations: 'Customizations', logEmails: 'Log emails as tasks',
    authError: 'We were unable to authenticate your request',
    authErrorHint: 'Salesforce refused the sign-in (OAUTH_APP_BLOCKED). Check that your Salesforce profile has "API Enabled" and that the connected app is not blocked.',
    back: 'Back to Salesforce settings', retry: 'Try again', syncText: 'Choose which activities sync to Salesforce.',
  },
  mk: {
    title: 'Marketo', connectionTab: 'Connection', setupTab: 'Set Up', accessTab: 'User Access',
    intro: 'Connect Sales Insight Actions to your Marketo Engage instance to sync people and activity.',
    connect: 'Connect', connecting: 'Connecting to Marketo…',
    connected: (id) => `Connected to Marketo (${id})`, munchkin: 'Munchkin ID', clientId: 'Client ID', clientSecret: 'Client Secret',
    secretSet: 'Set', connectedBy: 'Connected by', disconnect: 'Disconnect', onlyOwner: 'Only the admin who made the connection can disconnect it.',
    failed: 'The connection to Marketo could not be established.',
    failedHint: 'Copy the Munchkin ID, Client ID and Client Secret from Marketo Admin › Sales Insight › Actions Config and enter them in the Set Up tab.',
    openSetup: 'Open Set Up', setupIntro: 'Enter the credentials from Marketo Admin › Sales Insight › Actions Config.',
    noSpaces: 'Make sure no spaces get added when you paste.', save: 'Save and Connect',
    invalid: 'Enter the Munchkin ID (123-ABC-456), the Client ID and the Client Secret.', accessIntro: 'Admins with access to the Marketo integration:',
  },
  users: {
    title: 'User Management', search: 'Search users', seats: (n) => `${n} of 100 seats used`, actions: 'Actions',
    invite: 'Invite Users', inviteCsv: 'Invite Users via CSV', export: 'Export Users',
    name: 'Name', email: 'Email', role: 'Role', team: 'Team', status: 'Status', active: 'Active', invited: 'Invited', admin: 'Admin', user: 'User',
  },
  invite: {
    title: 'Invite Users', emails: 'Email addresses', emailsHint: 'Separate addresses with commas or new lines.',
    team: 'Team (optional)', everyone: 'Everyone', workspace: 'Marketo workspace', defaultWs: 'Default',
    cancel: 'Cancel', submit: 'Invite', invalid: 'Enter at least one valid email address.',
    sentTitle: 'Invitations sent', sent: (n) => `${n} ${n === 1 ? 'user was' : 'users were'} invited. They will receive an email to activate their account.`, ok: 'OK',
  },
  csv: {
    title: 'Invite Users via CSV', intro: 'Upload a CSV file with one user per row.', browse: 'Browse…', noFile: 'No file selected',
    next: 'Next', back: 'Back', cancel: 'Cancel', invite: 'Invite', mapping: 'Field mapping', mappingIntro: 'Confirm which column is which.',
    column: 'Column in your file', sample: 'First row', field: 'Field', ignore: 'Do not import',
    fields: { email: 'Email', first: 'First Name', last: 'Last Name', team: 'Team' },
    empty: 'The file has no rows to import.', needEmail: 'Map one column to Email.',
    sent: (n) => `Invitations sent to ${n} ${n === 1 ? 'user' : 'users'}.`, dismiss: 'Dismiss',
  },
  activation: {
    title: 'Activate your account', message: 'Your Sales Insight Actions account is not activated yet.',
    hint: 'Open the invitation email and click Getting Started. Your admin set login to Salesforce Only: connect Salesforce to activate the account.',
    connect: 'Connect Salesforce',
  },
};

const de = {
  product: 'Sales Insight Actions',
  nav: { home: 'Command Center', people: 'Personen', campaigns: 'Kampagnen', templates: 'Vorlagen' }, // [ui]
  header: { gear: 'Einstellungsmenü', notifications: 'Benachrichtigungen', help: 'Hilfe' }, // [ui]
  gearMenu: { settings: 'Einstellungen', helpCenter: 'Hilfe-Center', whatsNew: 'Neuigkeiten', signOut: 'Abmelden' }, // [doc] Einstellungen, rest [ui]
  loading: 'Wird geladen…',
  sideNav: {
    label: 'Einstellungsnavigation', me: 'Mein Konto', org: 'Admin-Einstellungen', // [ui] ("Admin-Einstellungen": the doc's broken „Admin-]")
    general: 'Allgemein', email: 'E-Mail', salesforce: 'Salesforce', marketo: 'Marketo', users: 'Benutzerverwaltung', teams: 'Teams', // [doc] Benutzerverwaltung
  },
  general: { title: 'Allgemein', language: 'Sprache', save: 'Speichern', saved: 'Gespeichert.', login: 'Anmeldeverwaltung', sfOnly: 'Salesforce Only', allMethods: 'Alle Anmeldemethoden' },
  teams: { title: 'Teams', everyone: 'Alle' }, // [doc] Team „Alle“
  noPrivileges: 'Sie verfügen nicht über ausreichende Berechtigungen für den Zugriff auf diese Registerkarte.', // [ui]
  noPrivilegesHint: 'Bitten Sie einen Admin Ihrer Sales Insight Actions-Instanz um Zugriff.',
  sf: {
    title: 'Salesforce', connections: 'Verbindungen und Anpassungen', // [doc]
    sync: 'Synchronisierungseinstellungen', diagnostics: 'Diagnose', // [ui]
    chooseCrm: 'Wählen Sie das CRM aus, das verbunden werden soll', salesforce: 'Salesforce', dynamics: 'Microsoft Dynamics', unavailable: 'Nicht verfügbar',
    intro: 'Verbinden Sie Ihre Salesforce-Organisation, um Aktivitäten zu protokollieren und Erinnerungen zu synchronisieren.',
    connect: 'Verbinden', // [doc]
    confirmTitle: 'Mit Salesforce verbinden', confirm: 'Sie werden zur Anmeldung an Salesforce weitergeleitet. Wenn Sie bereits angemeldet sind, wird die Verbindung hergestellt.',
    environment: 'Umgebung', production: 'Produktion', sandbox: 'Sandbox', cancel: 'Abbrechen', ok: 'OK', // [doc] OK
    connecting: 'Verbindung zu Salesforce wird hergestellt…', connectedAs: (who) => `Verbunden als ${who}`, org: 'Salesforce-Organisation', // [ui]
    connectedBy: 'Verbunden von', disconnect: 'Trennen', customizations: 'Anpassungen', logEmails: 'E-Mails als Aufgaben protokollieren',
    authError: 'Wir konnten Ihre Anfrage nicht authentifizieren', // [doc] German FAQ (also „Wir können Ihre Anfrage nicht authentifizieren“)
    authErrorHint: 'Salesforce hat die Anmeldung abgelehnt (OAUTH_APP_BLOCKED). Prüfen Sie, ob Ihr Salesforce-Profil „API aktiviert“ hat und die verbundene App nicht blockiert ist.',
    back: 'Zurück zu den Salesforce-Einstellungen', retry: 'Erneut versuchen', syncText: 'Legen Sie fest, welche Aktivitäten mit Salesforce synchronisiert werden.',
  },
  mk: {
    title: 'Marketo', connectionTab: 'Verbindung', // [ui]
    setupTab: 'Setup', // [doc] current German guide: Registerkarte „Setup“
    accessTab: 'Benutzerzugriff', // [ui]
    intro: 'Verbinden Sie Sales Insight Actions mit Ihrer Marketo Engage-Instanz, um Personen und Aktivitäten zu synchronisieren.',
    connect: 'Verbindung herstellen', // [var] the docs say „Verbinden“
    connecting: 'Verbindung zu Marketo wird hergestellt…',
    connected: (id) => `Mit Marketo verbunden (${id})`, munchkin: 'Munchkin-ID', clientId: 'Client-ID', clientSecret: 'Client-Geheimnis', // [doc]
    secretSet: 'Festgelegt', connectedBy: 'Verbunden von', disconnect: 'Trennen', onlyOwner: 'Nur der Admin, der die Verbindung hergestellt hat, kann sie trennen.',
    failed: 'Die Verbindung zu Marketo konnte nicht hergestellt werden.', // [ui]
    failedHint: 'Kopieren Sie Munchkin-ID, Client-ID und Client-Geheimnis aus Marketo (Admin › Sales Insight › Actions Config) und geben Sie sie auf der Registerkarte „Setup“ ein.',
    openSetup: 'Setup öffnen', setupIntro: 'Geben Sie die Anmeldeinformationen aus Marketo (Admin › Sales Insight › Actions Config) ein.',
    noSpaces: 'Stellen Sie sicher, dass beim Einfügen keine Leerzeichen hinzugefügt werden.', save: 'Speichern und verbinden',
    invalid: 'Geben Sie die Munchkin-ID (123-ABC-456), die Client-ID und das Client-Geheimnis ein.', accessIntro: 'Admins mit Zugriff auf die Marketo-Integration:',
  },
  users: {
    title: 'Benutzerverwaltung', search: 'Benutzer suchen', seats: (n) => `${n} von 100 Plätzen belegt`,
    actions: 'Aktionen', invite: 'Benutzer einladen', inviteCsv: 'Benutzer über CSV einladen', // [doc]
    export: 'Benutzer exportieren', name: 'Name', email: 'E-Mail', role: 'Rolle', team: 'Team', status: 'Status',
    active: 'Aktiv', invited: 'Eingeladen', admin: 'Admin', user: 'Benutzer',
  },
  invite: {
    title: 'Benutzer einladen', emails: 'E-Mail-Adressen', emailsHint: 'Trennen Sie Adressen durch Kommas oder Zeilenumbrüche.', // [doc] E-Mail-Adresse(n)
    team: 'Team (optional)', everyone: 'Alle', workspace: 'Marketo-Arbeitsbereich', defaultWs: 'Standard', // [doc] „Alle“, „Standard“
    cancel: 'Abbrechen', submit: 'Einladen', invalid: 'Geben Sie mindestens eine gültige E-Mail-Adresse ein.', // [doc] Einladen
    sentTitle: 'Einladungen verschickt', // [var] the docs would say „Einladungen gesendet“
    sent: (n) => `${n} ${n === 1 ? 'Benutzer wurde' : 'Benutzer wurden'} eingeladen. Sie erhalten eine E-Mail, um ihr Konto zu aktivieren.`, ok: 'OK',
  },
  csv: {
    title: 'Benutzer über CSV einladen', intro: 'Laden Sie eine CSV-Datei mit einem Benutzer pro Zeile hoch.',
    browse: 'Durchsuchen…', noFile: 'Keine Datei ausgewählt', // [ui]
    next: 'Weiter', back: 'Zurück', cancel: 'Abbrechen', invite: 'Einladen', // [doc] Weiter, Einladen
    mapping: 'Feldzuordnung', mappingIntro: 'Bestätigen Sie, welche Spalte welchem Feld entspricht.', // [ui]
    column: 'Spalte in Ihrer Datei', sample: 'Erste Zeile', field: 'Feld', ignore: 'Nicht importieren',
    fields: { email: 'E-Mail', first: 'Vorname', last: 'Nachname', team: 'Team' },
    empty: 'Die Datei enthält keine Zeilen zum Importieren.', needEmail: 'Ordnen Sie eine Spalte dem Feld E-Mail zu.',
    sent: (n) => `${n} ${n === 1 ? 'Einladung' : 'Einladungen'} verschickt.`, dismiss: 'Schließen', // [var] „verschickt“
  },
  activation: {
    title: 'Konto aktivieren', message: 'Ihr Sales Insight Actions-Konto ist noch nicht aktiviert.', // [ui]
    hint: 'Öffnen Sie die Einladungs-E-Mail und klicken Sie auf „Getting Started“. Ihr Admin hat die Anmeldung auf „Salesforce Only“ gesetzt: Verbinden Sie Salesforce, um das Konto zu aktivieren.',
    connect: 'Salesforce verbinden',
  },
};

/** The strings for `lang` ('en' | 'de'). */
export const textFor = (lang) => (lang === 'de' ? de : en);
