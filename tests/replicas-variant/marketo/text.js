// Marketo Engage UI strings, English and German. German sources, per string:
//   [doc]  Adobe's current German admin guide (AdobeDocs/marketo.de-DE, sales-insight-actions-admin-setup-guide.md)
//   [ui]   plausible wording of a German app UI, chosen here (no public source)
//   [var]  deliberately a variant the machine-translated docs do not use
// Labels carry no-break spaces where an ExtJS label would (`\u00a0`).

const en = {
  appName: 'Marketo Engage',
  nav: { home: 'My Marketo', marketing: 'Marketing Activities', database: 'Database', analytics: 'Analytics', admin: 'Admin' },
  loading: 'Loading...',
  tree: {
    root: 'Admin', myAccount: 'My Account', location: 'Location', smartCampaign: 'Smart Campaign', tags: 'Tags',
    fieldManagement: 'Field Management', userGroup: 'User Management', users: 'Users & Roles', sso: 'Single Sign-On',
    integration: 'Integration', sfdcObjects: 'Salesforce Objects Sync', salesforce: 'Salesforce', salesInsight: 'Sales Insight',
    emailAddIn: 'Email Add-in', webServices: 'Web Services', launchPoint: 'LaunchPoint', munchkin: 'Munchkin',
  },
  home: { welcome: 'Welcome back', hint: 'Open Admin to configure integrations.' },
  myAccount: { title: 'My Account', subscription: 'Subscription', munchkin: 'Munchkin Account ID' },
  users: { title: 'Users & Roles', usersTab: 'Users', rolesTab: 'Roles', invite: 'Invite New User', name: 'Name', email: 'Email', role: 'Role' },
  generic: { empty: 'Nothing to configure here in this replica.' },
  sfdc: {
    title: 'Salesforce', card: 'Salesforce Sync', status: 'Sync Status', enabled: 'Enabled', disabled: 'Disabled',
    lastSync: 'Last sync: 4 minutes ago', user: 'Sync User', enable: 'Enable Sync', disable: 'Disable Sync',
    editCredentials: 'Edit Credentials',
  },
  si: {
    title: 'Sales Insight', overview: 'Overview', actionsConfig: 'Actions\u00a0Config',
    editApi: 'Edit API Configuration', editSettings: 'Edit Settings',
    overviewText: 'Marketo Sales Insight shows interesting moments, scores and email activity to sales in Salesforce.',
    apiKey: 'API Secret Key', apiKeySet: 'Configured', priority: 'Enable Best Bets',
    noActions: 'MSI Actions is not enabled for this subscription. Contact your Adobe account team.',
  },
  invite: {
    card: 'Invite Marketo Admins', hint: 'Select the Marketo admins who should get a Sales Insight Actions account.',
    name: 'Name', email: 'Email', status: 'Status', statusNone: '', statusInvited: 'Invited', statusPending: 'Invited\u00a0– not activated',
    send: 'Send\u00a0Invite', sentTitle: 'Invitation Sent', sent: (who) => `An invitation was sent to ${who}. They will receive an email with steps to get access.`,
    ok: 'OK',
    pending: (who) => `${who} has not activated the Sales Insight Actions account yet. The invitation must be opened, Getting Started clicked and the user signed in (login setting: Salesforce Only).`,
  },
  integration: {
    card: 'Integration Information', munchkin: 'Munchkin ID', clientId: 'Client ID', clientSecret: 'Client Secret',
    empty: 'No credentials yet. Invite the first user to activate your Actions instance.',
  },
  fieldSync: {
    card: 'Action Field Sync', text: 'Sync person data from Marketo Engage to Sales Insight Actions.',
    sync: 'Sync', notSynced: 'Not synced yet', inactive: 'Invite the first user before you start the sync.',
    running: 'Sync in progress', done: 'Sync complete', since: (t) => `started ${t}`,
    previewTitle: 'Action Field Sync Preview', previewIntro: 'These fields will be synced. They cannot be configured.',
    note: 'Only leads and contacts with a sales owner sync, at about 1,000 people every 1–2 minutes.',
    field: 'Field', cancel: 'Cancel', start: 'Start\u00a0Sync',
    fields: ['First Name', 'Last Name', 'Salesforce Contact ID', 'Salesforce Lead ID', 'Salesforce Account ID',
      'Salesforce Opportunity ID', 'Marketo ID', 'Company', 'Title', 'Email', 'Phone Number', 'LinkedIn URL', 'Source'],
  },
};

const de = {
  appName: 'Marketo Engage',
  nav: { home: 'Mein Marketo', marketing: 'Marketing-Aktivitäten', database: 'Datenbank', analytics: 'Analysen', admin: 'Admin' }, // [doc] Admin
  loading: 'Wird geladen...', // [ui]
  tree: {
    root: 'Admin', myAccount: 'Mein Konto', location: 'Standort', smartCampaign: 'Smart Campaign', tags: 'Tags',
    fieldManagement: 'Feldverwaltung', userGroup: 'Benutzerverwaltung', users: 'Benutzer und Rollen', sso: 'Single Sign-On',
    integration: 'Integration', sfdcObjects: 'Salesforce-Objektsynchronisierung', salesforce: 'Salesforce',
    salesInsight: 'Sales Insight', // [doc] product name, not translated
    emailAddIn: 'E-Mail-Add-in', webServices: 'Web-Services', launchPoint: 'LaunchPoint', munchkin: 'Munchkin',
  },
  home: { welcome: 'Willkommen zurück', hint: 'Öffnen Sie Admin, um Integrationen zu konfigurieren.' },
  myAccount: { title: 'Mein Konto', subscription: 'Abonnement', munchkin: 'Munchkin-Konto-ID' },
  users: { title: 'Benutzer und Rollen', usersTab: 'Benutzer', rolesTab: 'Rollen', invite: 'Neuen Benutzer einladen', name: 'Name', email: 'E-Mail', role: 'Rolle' },
  generic: { empty: 'In diesem Replikat gibt es hier nichts zu konfigurieren.' },
  sfdc: {
    title: 'Salesforce', card: 'Salesforce-Synchronisierung', status: 'Synchronisierungsstatus', enabled: 'Aktiviert', disabled: 'Deaktiviert',
    lastSync: 'Letzte Synchronisierung: vor 4 Minuten', user: 'Synchronisierungsbenutzer', enable: 'Synchronisierung aktivieren',
    disable: 'Synchronisierung deaktivieren', editCredentials: 'Anmeldedaten bearbeiten', // [ui]
  },
  si: {
    title: 'Sales Insight', overview: 'Übersicht', // [ui]
    actionsConfig: 'Actions\u00a0Config', // [doc] current German guide leaves the tab in English in step 1
    editApi: 'API-Konfiguration bearbeiten', editSettings: 'Einstellungen bearbeiten', // [ui]
    overviewText: 'Marketo Sales Insight zeigt dem Vertrieb in Salesforce interessante Momente, Scores und E-Mail-Aktivitäten.',
    apiKey: 'Geheimer API-Schlüssel', apiKeySet: 'Konfiguriert', priority: 'Best Bets aktivieren',
    noActions: 'MSI Actions ist für dieses Abonnement nicht aktiviert. Wenden Sie sich an Ihr Adobe Account Team.',
  },
  invite: {
    card: 'Marketo-Administratoren einladen', hint: 'Wählen Sie die Marketo-Administratoren aus, die ein Sales Insight Actions-Konto erhalten sollen.',
    name: 'Name', email: 'E-Mail', status: 'Status', statusNone: '', statusInvited: 'Eingeladen',
    statusPending: 'Eingeladen\u00a0– nicht aktiviert', // [ui]
    send: 'Einladen\u00a0senden', // [doc] sic, current German guide ("Einladung senden" in the older one)
    sentTitle: 'Einladung verschickt', // [var] the docs would say "Einladung gesendet"
    sent: (who) => `Eine Einladung wurde an ${who} gesendet. Die E-Mail enthält die Schritte für den Zugang.`,
    ok: 'OK',
    pending: (who) => `${who} hat das Sales Insight Actions-Konto noch nicht aktiviert. Die Einladung muss geöffnet, auf „Getting Started“ geklickt und die Anmeldung abgeschlossen werden (Anmeldeeinstellung: Salesforce Only).`,
  },
  integration: {
    card: 'Integrationsinformationen', // [doc]
    munchkin: 'Munchkin-ID', clientId: 'Client-ID', clientSecret: 'Client-Geheimnis', // [doc] "Client-ID", "Client-Geheimnis"
    empty: 'Noch keine Anmeldeinformationen. Laden Sie den ersten Benutzer ein, um Ihre Actions-Instanz zu aktivieren.',
  },
  fieldSync: {
    card: 'Aktion Feldsynchronisierung', // [doc] current German guide (older: "Synchronisierung von Aktionsfeldern")
    text: 'Personendaten aus Marketo Engage mit Sales Insight Actions synchronisieren.',
    sync: 'Synchronisieren', // [doc]
    notSynced: 'Noch nicht synchronisiert', inactive: 'Laden Sie den ersten Benutzer ein, bevor Sie die Synchronisierung starten.',
    running: 'Synchronisierung läuft', done: 'Synchronisierung abgeschlossen', since: (t) => `gestartet ${t}`, // [ui]
    previewTitle: 'Vorschau: Aktion Feldsynchronisierung',
    previewIntro: 'Diese Felder werden synchronisiert. Sie sind nicht konfigurierbar.',
    note: 'Nur Leads und Kontakte mit einem Vertriebsverantwortlichen werden synchronisiert, etwa 1.000 Personen alle 1–2 Minuten.',
    field: 'Feld', cancel: 'Abbrechen',
    start: 'Synchronisierung\u00a0starten', // [doc] current German guide (older: "Synchronisation starten")
    fields: ['Vorname', 'Nachname', 'Salesforce-Kontakt-ID', 'Salesforce-Lead-ID', 'Salesforce-Account-ID',
      'Salesforce-Opportunity-ID', 'Marketo-ID', 'Unternehmen', 'Titel', 'E-Mail', 'Telefonnummer', 'LinkedIn-URL', 'Quelle'],
  },
};

/** The strings for `lang` ('en' | 'de'). */
export const textFor = (lang) => (lang === 'de' ? de : en);
