<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../call_view.py" line="126"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="69"/>
        <source>Meeting booked</source>
        <translation>Møde booket</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="70"/>
        <source>Call-back agreed</source>
        <translation>Opkald aftalt</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="72"/>
        <source>You ended the call without a next step</source>
        <translation>Du afsluttede opkaldet uden et næste skridt</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="76"/>
        <source>The prospect hung up</source>
        <translation>Kunden lagde på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="78"/>
        <source>The LLM failed; the call is kept as failed</source>
        <translation>LLM&apos;en svigtede; opkaldet gemmes som mislykket</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="82"/>
        <source>Not finished</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="215"/>
        <source>Pick your profile, or type a new name to create one</source>
        <translation>Vælg din profil, eller skriv et nyt navn for at oprette en</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="222"/>
        <location filename="../call_view.py" line="902"/>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="229"/>
        <source>Start the call (Ctrl+Enter)</source>
        <translation>Start opkaldet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="231"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="232"/>
        <source>Persona</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="265"/>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="270"/>
        <source>End the call now; it is saved and scored ({key})</source>
        <translation>Afslut opkaldet nu; det gemmes og får point ({key})</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="276"/>
        <source>Exam mode</source>
        <translation>Eksamenstilstand</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="277"/>
        <source>Hide the patience meter, as in a real call</source>
        <translation>Skjul tålmodighedsmåleren, som i et rigtigt opkald</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="320"/>
        <source>Type your line. Enter sends, Shift+Enter for a new line.</source>
        <translation>Skriv din replik. Enter sender, Skift+Enter giver ny linje.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="324"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="399"/>
        <source>Offline scripted</source>
        <translation>Offline, manuskript</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="417"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Indstillingerne kunne ikke gemmes ({error}); de gælder, til du lukker.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="495"/>
        <source>Type your name in the Trainee box first (it keeps your calls together).</source>
        <translation>Skriv først dit navn i feltet Sælger (så holdes dine opkald samlet).</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="506"/>
        <location filename="../call_view.py" line="728"/>
        <source>Use offline engine</source>
        <translation>Brug offlinemotoren</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="507"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="515"/>
        <source>Could not start the call: {error}</source>
        <translation>Opkaldet kunne ikke starte: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="533"/>
        <source>Calling {name}, {company}</source>
        <translation>Ringer til {name}, {company}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="614"/>
        <source>Every turn is saved now.</source>
        <translation>Alle replikker er gemt nu.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="726"/>
        <source>Retry reply</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="841"/>
        <source>Call ended: {outcome}</source>
        <translation>Opkaldet er slut: {outcome}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="843"/>
        <source>Call again</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="916"/>
        <source>Scoring the call…</source>
        <translation>Giver opkaldet point…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="944"/>
        <source>Asking the LLM judge for a second opinion…</source>
        <translation>Beder LLM-dommeren om en second opinion…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="956"/>
        <source>The LLM judge could not give a second opinion: {error}</source>
        <translation>LLM-dommeren kunne ikke give en second opinion: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="965"/>
        <source>The call is saved but could not be scored: {error}</source>
        <translation>Opkaldet er gemt, men kunne ikke få point: {error}</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../coach_panel.py" line="77"/>
        <source>COACH</source>
        <translation>COACH</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="140"/>
        <location filename="../coach_panel.py" line="231"/>
        <location filename="../coach_panel.py" line="236"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="147"/>
        <source>Hint</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="151"/>
        <source>Rewind</source>
        <translation>Spol tilbage</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="214"/>
        <source>Put this line in the text box</source>
        <translation>Sæt replikken i tekstfeltet</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="231"/>
        <location filename="../coach_panel.py" line="236"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../review/filter_bar.py" line="55"/>
        <source>Words said in the call…</source>
        <translation>Ord, der blev sagt i opkaldet…</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="61"/>
        <source>Any outcome</source>
        <translation>Alle udfald</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="66"/>
        <source>Reviewed or not</source>
        <translation>Gennemgået eller ej</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="67"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="68"/>
        <source>Not reviewed</source>
        <translation>Ikke gennemgået</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="69"/>
        <source>With trainer feedback</source>
        <translation>Med feedback fra træner</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="87"/>
        <source>Overall score range</source>
        <translation>Interval for samlet score</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="89"/>
        <source>Show every session again</source>
        <translation>Vis alle opkald igen</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="100"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="105"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="127"/>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="137"/>
        <source>All trainees</source>
        <translation>Alle sælgere</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="138"/>
        <source>All personas</source>
        <translation>Alle kunder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="46"/>
        <source>Review</source>
        <translation>Gennemgå</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Trainer · cold-call practice</source>
        <translation>Trainer · øv kolde opkald</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Practice</source>
        <translation>Øv</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Where your calls are stored</source>
        <translation>Hvor dine opkald gemmes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Lyd…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fslut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Settings saved; new calls use the LLM engine.</source>
        <translation>Indstillingerne er gemt; nye opkald bruger LLM-motoren.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Settings saved; new calls use the offline scripted engine.</source>
        <translation>Indstillingerne er gemt; nye opkald bruger offlinemotoren med manuskript.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>About Trainer</source>
        <translation>Om Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>&lt;p&gt;Practise cold calls against a grumpy, busy prospect, then see a fair, explained score: did you ask about their needs, did you respect their time?&lt;/p&gt;&lt;p&gt;Everything stays on this computer unless you point it at an LLM server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Øv kolde opkald mod en gnaven, travl kunde, og få derefter en fair, forklaret score: spurgte du ind til kundens behov, respekterede du kundens tid?&lt;/p&gt;&lt;p&gt;Alt bliver på denne computer, medmindre du forbinder appen med en LLM-server.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Quit during a call?</source>
        <translation>Afslut midt i et opkald?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>A call is in progress. Quit anyway? The call so far is kept as &quot;not finished&quot; and scored as it stands.</source>
        <translation>Et opkald er i gang. Vil du afslutte alligevel? Opkaldet indtil nu gemmes som »ikke afsluttet« og får point, som det står.</translation>
    </message>
</context>
<context>
    <name>PatienceMeter</name>
    <message>
        <location filename="../patience_meter.py" line="20"/>
        <source>PROSPECT&apos;S PATIENCE</source>
        <translation>KUNDENS TÅLMODIGHED</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../persona_card.py" line="130"/>
        <source>SITUATION</source>
        <translation>SITUATIONEN</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="134"/>
        <source>YOUR BRIEF</source>
        <translation>DIN OPGAVE</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="184"/>
        <source>No persona</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="185"/>
        <source>Add a persona file to your data folder.</source>
        <translation>Læg en kundefil (persona) i din datamappe.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../review/progress_view.py" line="58"/>
        <source> sessions</source>
        <translation> opkald</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="66"/>
        <source>Missed most often</source>
        <translation>Misses oftest</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="67"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="68"/>
        <source>Missed</source>
        <translation>Misset</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="69"/>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="70"/>
        <source>Of</source>
        <translation>Af</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="86"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="88"/>
        <source>Criteria missed over the</source>
        <translation>Kriterier, der blev misset i de seneste</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../review/workspace.py" line="78"/>
        <source>Loading sessions…</source>
        <translation>Henter opkald…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="83"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="84"/>
        <source>Import a bundle exported by another installation</source>
        <translation>Importér en pakke, der er eksporteret fra en anden installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="85"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="89"/>
        <source>audio</source>
        <translation>lyd</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="91"/>
        <source>Export: include the kept audio of each turn in the bundle</source>
        <translation>Eksport: tag den gemte lyd for hver replik med i pakken</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="93"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="94"/>
        <source>Save every session that matches the filters as CSV</source>
        <translation>Gem alle opkald, der passer til filtrene, som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="95"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="112"/>
        <source>Session</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="113"/>
        <source>Progress</source>
        <translation>Udvikling</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../review/session_model.py" line="31"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="32"/>
        <source>Persona</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="33"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="34"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="35"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="36"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="37"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="38"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="39"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../review/session_view.py" line="108"/>
        <source>Pick a session in the list to review it.</source>
        <translation>Vælg et opkald på listen for at gennemgå det.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="123"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="124"/>
        <source>Mark the session as reviewed by a trainer</source>
        <translation>Markér opkaldet som gennemgået af en træner</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="125"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="127"/>
        <source>Save this session as a printable HTML or PDF report</source>
        <translation>Gem opkaldet som en rapport i HTML eller PDF, der kan udskrives</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="130"/>
        <source>Score now</source>
        <translation>Giv point nu</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="131"/>
        <source>Score this call with the current scorer</source>
        <translation>Giv opkaldet point med den nuværende pointmodel</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="145"/>
        <location filename="../review/session_view.py" line="640"/>
        <source>Click a turn number to comment on it or play it.</source>
        <translation>Klik på et repliknummer for at kommentere eller afspille replikken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="147"/>
        <source>Comment on the selected turn…</source>
        <translation>Kommentér den valgte replik…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="149"/>
        <source>Comment</source>
        <translation>Kommentér</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="151"/>
        <source>▶ Play</source>
        <translation>▶ Afspil</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="152"/>
        <source>Play the selected turn&apos;s kept audio</source>
        <translation>Afspil den gemte lyd for den valgte replik</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="175"/>
        <source>Reason (required): why is it fairer?</source>
        <translation>Begrundelse (påkrævet): hvorfor er det mere fair?</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="177"/>
        <source>Override</source>
        <translation>Ret point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="189"/>
        <source>A comment on the whole call…</source>
        <translation>En kommentar til hele opkaldet…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="192"/>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="236"/>
        <source>OVERRIDE A SCORE</source>
        <translation>RET EN SCORE</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="260"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="261"/>
        <location filename="../review/session_view.py" line="609"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="264"/>
        <source>Score card</source>
        <translation>Scorekort</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="324"/>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="337"/>
        <source>Scoring…</source>
        <translation>Giver point…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="447"/>
        <source>This session has not been scored yet.</source>
        <translation>Opkaldet har ikke fået point endnu.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="471"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="471"/>
        <source>Prospect</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>earned points</source>
        <translation>gav point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>lost points</source>
        <translation>kostede point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>both</source>
        <translation>begge</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="489"/>
        <source>hover a turn number for the criteria</source>
        <translation>hold markøren over et repliknummer for at se kriterierne</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="500"/>
        <source>No turns were stored for this call.</source>
        <translation>Der blev ikke gemt nogen replikker for opkaldet.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="585"/>
        <source>Session</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="587"/>
        <source>Turn #{number}</source>
        <translation>Replik #{number}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="602"/>
        <source>No feedback yet.</source>
        <translation>Ingen feedback endnu.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="607"/>
        <source>Comments ({count})</source>
        <translation>Kommentarer ({count})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="34"/>
        <source>Automatic (LLM when a server or key is set, else offline)</source>
        <translation>Automatisk (LLM når en server eller nøgle er angivet, ellers offline)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>Offline scripted (no network, deterministic)</source>
        <translation>Offline med manuskript (intet netværk, samme svar hver gang)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="42"/>
        <source>LLM (OpenAI or a compatible server)</source>
        <translation>LLM (OpenAI eller en kompatibel server)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>System</source>
        <translation>Systemets</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Prospect engine</source>
        <translation>Kundens motor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>empty = OpenAI; e.g. http://localhost:11434/v1 (Ollama)</source>
        <translation>tomt = OpenAI; f.eks. http://localhost:11434/v1 (Ollama)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>not needed for local servers</source>
        <translation>behøves ikke til lokale servere</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="132"/>
        <source>Reply timeout</source>
        <translation>Ventetid på svar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Exam mode: hide the patience meter during calls</source>
        <translation>Eksamenstilstand: skjul tålmodighedsmåleren under opkald</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Practice</source>
        <translation>Øv</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Lyd fra: kun tekst, kunden taler ikke</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>Voice</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Interface language</source>
        <translation>Sprog i appen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>A new interface language applies when you restart the app.</source>
        <translation>Det nye sprog gælder, når du genstarter appen.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../transcript_view.py" line="99"/>
        <source>Pick a persona and press Call. The prospect answers first.</source>
        <translation>Vælg en kunde, og tryk på Ring op. Kunden svarer først.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="70"/>
        <location filename="../app.py" line="89"/>
        <source>Trainer cannot open its data</source>
        <translation>Trainer kan ikke åbne sine data</translation>
    </message>
    <message>
        <location filename="../app.py" line="79"/>
        <source>No usable persona files were found; add one to the personas folder.</source>
        <translation>Der blev ikke fundet nogen brugbare kundefiler; læg en i mappen personas.</translation>
    </message>
</context>
</TS>
