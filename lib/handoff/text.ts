import { defineText } from '../i18n/define-text';

/** Texts of the hand-off message (lib/handoff/message.ts) and of its controls on the report page and popup. */
const EN = {
  title: 'MSI Actions setup: your steps in Salesforce',
  intro:
    'We are setting up Marketo Sales Insight Actions. Steps {steps} of the setup need a Salesforce admin: could you do them in our Salesforce org? The values you need are below; nothing secret is in this message.',
  stepsHeading: 'What to do',
  stepHeading: 'Step {n}: {title}',
  docs: 'Adobe’s instructions: {url}',
  valuesHeading: 'Values you need',
  remoteSites: 'Remote Site URLs (step {n}), to be entered exactly as shown, one remote site each:',
  apiKeyWhere: 'API Secret Key (step {n}): {where}',
  apiKeyNotHere:
    'The key itself is not in this message. It is the one set in Marketo Engage under Admin › Sales Insight › Edit API Configuration: ask me for it through a safe channel (a password manager, not e-mail or chat).',
  reportHeading: 'How to report back',
  report1: 'Install the MSI Actions Setup Guide browser extension (Chrome, Edge or Firefox); it guides you through these steps on the Salesforce pages and marks them done when they are.',
  report2: 'When you have finished, open its completion report (toolbar button › Completion report) and choose Download JSON.',
  report3: 'Send me that JSON file. It holds step statuses, hosts and times only: no secrets, no e-mail addresses.',
  report4: 'Without the extension: reply with which steps are done.',
  handoffTitle: 'Hand off to the Salesforce Admin',
  handoffHint:
    'Steps {steps} are done by a Salesforce admin, often another person. Send them a short message with their steps, the exact values they need (no secrets) and how to report back.',
  handoffLanguage: 'Language of the message',
  copyMarkdown: 'Copy message (Markdown)',
  copyPlain: 'Copy message (plain text)',
  downloadMarkdown: 'Download message (.md)',
  downloadPlain: 'Download message (.txt)',
  copied: 'Copied the hand-off message. Paste it into an e-mail or a ticket to the Salesforce Admin.',
  copyFailed: 'The message could not be copied to the clipboard. Use a download instead.',
  downloaded: 'Saved the hand-off message as {name}.',
  handoffLink: 'Hand off steps {steps}…',
  recordTitle: 'From the Salesforce Admin?',
  recordHint:
    'This report shows {steps} as done. Record this in your own progress as “done elsewhere”: it counts as done, but not as verified in this browser.',
  recordButton: 'Record {steps} as done elsewhere',
  recorded: 'Recorded {steps} as done elsewhere in your progress.',
  stepsOne: 'step {list}',
  stepsOther: 'steps {list}',
  recordFailed: 'Could not record the steps: {message}',
  fileBase: 'msi-setup-handoff-salesforce',
} as const;

/** A key of the hand-off texts. */
export type HandoffTextKey = keyof typeof EN;

const DE = {
  title: 'Einrichtung von MSI Actions: Ihre Schritte in Salesforce',
  intro:
    'Wir richten Marketo Sales Insight Actions ein. Die Schritte {steps} der Einrichtung erfordern einen Salesforce-Administrator: Könnten Sie sie in unserer Salesforce-Organisation ausführen? Die nötigen Werte stehen unten; diese Nachricht enthält nichts Geheimes.',
  stepsHeading: 'Was zu tun ist',
  stepHeading: 'Schritt {n}: {title}',
  docs: 'Adobes Anleitung: {url}',
  valuesHeading: 'Werte, die Sie brauchen',
  remoteSites: 'Remote-Site-URLs (Schritt {n}), genau so einzugeben, je eine Remote-Site:',
  apiKeyWhere: 'API-Geheimschlüssel (Schritt {n}): {where}',
  apiKeyNotHere:
    'Der Schlüssel selbst steht nicht in dieser Nachricht. Es ist derjenige, der in Marketo Engage unter Admin › Sales Insight › „Edit API Configuration“ hinterlegt ist: Fragen Sie mich über einen sicheren Weg danach (einen Passwort-Manager, nicht E-Mail oder Chat).',
  reportHeading: 'Wie Sie Rückmeldung geben',
  report1: 'Installieren Sie die Browsererweiterung MSI Actions Setup Guide (Chrome, Edge oder Firefox); sie führt Sie auf den Salesforce-Seiten durch diese Schritte und markiert sie als erledigt, sobald sie es sind.',
  report2: 'Öffnen Sie danach ihren Abschlussbericht (Symbolleisten-Schaltfläche › Abschlussbericht) und wählen Sie „JSON herunterladen“.',
  report3: 'Senden Sie mir diese JSON-Datei. Sie enthält nur Schrittstatus, Hosts und Zeiten: keine Geheimnisse, keine E-Mail-Adressen.',
  report4: 'Ohne die Erweiterung: Antworten Sie mir, welche Schritte erledigt sind.',
  handoffTitle: 'An den Salesforce-Administrator übergeben',
  handoffHint:
    'Die Schritte {steps} erledigt ein Salesforce-Administrator, oft eine andere Person. Senden Sie ihm eine kurze Nachricht mit seinen Schritten, den genauen Werten, die er braucht (keine Geheimnisse), und wie er Rückmeldung gibt.',
  handoffLanguage: 'Sprache der Nachricht',
  copyMarkdown: 'Nachricht kopieren (Markdown)',
  copyPlain: 'Nachricht kopieren (reiner Text)',
  downloadMarkdown: 'Nachricht herunterladen (.md)',
  downloadPlain: 'Nachricht herunterladen (.txt)',
  copied: 'Die Übergabenachricht wurde kopiert. Fügen Sie sie in eine E-Mail oder ein Ticket an den Salesforce-Administrator ein.',
  copyFailed: 'Die Nachricht konnte nicht in die Zwischenablage kopiert werden. Laden Sie sie stattdessen herunter.',
  downloaded: 'Die Übergabenachricht wurde als {name} gespeichert.',
  handoffLink: 'Schritte {steps} übergeben …',
  recordTitle: 'Vom Salesforce-Administrator?',
  recordHint:
    'Dieser Bericht zeigt {steps} als erledigt. Übernehmen Sie dies als „Anderswo erledigt“ in Ihren eigenen Fortschritt: Das zählt als erledigt, aber nicht als in diesem Browser bestätigt.',
  recordButton: '{steps} als anderswo erledigt übernehmen',
  recorded: 'Als anderswo erledigt in Ihren Fortschritt übernommen: {steps}.',
  stepsOne: 'Schritt {list}',
  stepsOther: 'Schritte {list}',
  recordFailed: 'Die Schritte konnten nicht übernommen werden: {message}',
  fileBase: 'msi-einrichtung-uebergabe-salesforce',
};

/** A hand-off text in `locale` with `{name}` placeholders filled. */
export const handoffText = /* @__PURE__ */ defineText(EN, DE);
