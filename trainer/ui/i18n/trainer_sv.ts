<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <location filename="../call_view.py" line="126"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="69"/>
        <source>Meeting booked</source>
        <translation>Möte bokat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="70"/>
        <source>Call-back agreed</source>
        <translation>Återsamtal bokat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="72"/>
        <source>You ended the call without a next step</source>
        <translation>Du avslutade samtalet utan ett nästa steg</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="76"/>
        <source>The prospect hung up</source>
        <translation>Kunden lade på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="78"/>
        <source>The LLM failed; the call is kept as failed</source>
        <translation>LLM:en svarade inte; samtalet sparas som misslyckat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="82"/>
        <source>Not finished</source>
        <translation>Inte avslutat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="215"/>
        <source>Pick your profile, or type a new name to create one</source>
        <translation>Välj din profil, eller skriv ett nytt namn för att skapa en</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="222"/>
        <location filename="../call_view.py" line="902"/>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="229"/>
        <source>Start the call (Ctrl+Enter)</source>
        <translation>Starta samtalet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="231"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="232"/>
        <source>Persona</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="265"/>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="270"/>
        <source>End the call now; it is saved and scored ({key})</source>
        <translation>Avsluta samtalet nu; det sparas och poängsätts ({key})</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="276"/>
        <source>Exam mode</source>
        <translation>Provläge</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="277"/>
        <source>Hide the patience meter, as in a real call</source>
        <translation>Dölj tålamodsmätaren, som i ett riktigt samtal</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="320"/>
        <source>Type your line. Enter sends, Shift+Enter for a new line.</source>
        <translation>Skriv din replik. Enter skickar, Skift+Enter ger ny rad.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="324"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="399"/>
        <source>Offline scripted</source>
        <translation>Offline, manus</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="417"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Inställningarna kunde inte sparas ({error}); de gäller tills du avslutar.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="495"/>
        <source>Type your name in the Trainee box first (it keeps your calls together).</source>
        <translation>Skriv först ditt namn i rutan Säljare (då hålls dina samtal ihop).</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="506"/>
        <location filename="../call_view.py" line="728"/>
        <source>Use offline engine</source>
        <translation>Använd offlinemotorn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="507"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="515"/>
        <source>Could not start the call: {error}</source>
        <translation>Samtalet kunde inte starta: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="533"/>
        <source>Calling {name}, {company}</source>
        <translation>Ringer {name}, {company}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="614"/>
        <source>Every turn is saved now.</source>
        <translation>Alla repliker är sparade nu.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="726"/>
        <source>Retry reply</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="841"/>
        <source>Call ended: {outcome}</source>
        <translation>Samtalet avslutat: {outcome}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="843"/>
        <source>Call again</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="916"/>
        <source>Scoring the call…</source>
        <translation>Poängsätter samtalet…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="944"/>
        <source>Asking the LLM judge for a second opinion…</source>
        <translation>Ber LLM-domaren om en andra åsikt…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="956"/>
        <source>The LLM judge could not give a second opinion: {error}</source>
        <translation>LLM-domaren kunde inte ge en andra åsikt: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="965"/>
        <source>The call is saved but could not be scored: {error}</source>
        <translation>Samtalet är sparat men kunde inte poängsättas: {error}</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="147"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="151"/>
        <source>Rewind</source>
        <translation>Spola tillbaka</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="214"/>
        <source>Put this line in the text box</source>
        <translation>Lägg repliken i textrutan</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="231"/>
        <location filename="../coach_panel.py" line="236"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../review/filter_bar.py" line="55"/>
        <source>Words said in the call…</source>
        <translation>Ord som sades i samtalet…</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="61"/>
        <source>Any outcome</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="66"/>
        <source>Reviewed or not</source>
        <translation>Granskade eller inte</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="67"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="68"/>
        <source>Not reviewed</source>
        <translation>Inte granskade</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="69"/>
        <source>With trainer feedback</source>
        <translation>Med återkoppling från tränare</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="87"/>
        <source>Overall score range</source>
        <translation>Intervall för totalpoäng</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="89"/>
        <source>Show every session again</source>
        <translation>Visa alla samtal igen</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="100"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="105"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="127"/>
        <source>any date</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="137"/>
        <source>All trainees</source>
        <translation>Alla säljare</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="138"/>
        <source>All personas</source>
        <translation>Alla kunder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="46"/>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Trainer · cold-call practice</source>
        <translation>Trainer · öva kalla samtal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Practice</source>
        <translation>Öva</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Where your calls are stored</source>
        <translation>Där dina samtal sparas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Ljud…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Inställningarna är sparade; nya samtal använder LLM-motorn.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Settings saved; new calls use the offline scripted engine.</source>
        <translation>Inställningarna är sparade; nya samtal använder offlinemotorn med manus.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>About Trainer</source>
        <translation>Om Trainer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>&lt;p&gt;Practise cold calls against a grumpy, busy prospect, then see a fair, explained score: did you ask about their needs, did you respect their time?&lt;/p&gt;&lt;p&gt;Everything stays on this computer unless you point it at an LLM server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öva kalla samtal mot en sur och upptagen kund och få sedan en rättvis, förklarad poäng: frågade du om kundens behov, respekterade du kundens tid?&lt;/p&gt;&lt;p&gt;Allt stannar på den här datorn, om du inte kopplar appen till en LLM-server.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Quit during a call?</source>
        <translation>Avsluta mitt i ett samtal?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>A call is in progress. Quit anyway? The call so far is kept as &quot;not finished&quot; and scored as it stands.</source>
        <translation>Ett samtal pågår. Vill du avsluta ändå? Samtalet hittills sparas som ”inte avslutat” och poängsätts som det är.</translation>
    </message>
</context>
<context>
    <name>PatienceMeter</name>
    <message>
        <location filename="../patience_meter.py" line="20"/>
        <source>PROSPECT&apos;S PATIENCE</source>
        <translation>KUNDENS TÅLAMOD</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../persona_card.py" line="130"/>
        <source>SITUATION</source>
        <translation>LÄGET</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="134"/>
        <source>YOUR BRIEF</source>
        <translation>DITT UPPDRAG</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="184"/>
        <source>No persona</source>
        <translation>Ingen kund</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="185"/>
        <source>Add a persona file to your data folder.</source>
        <translation>Lägg en kundfil (persona) i din datamapp.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../review/progress_view.py" line="58"/>
        <source> sessions</source>
        <translation> samtalen</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="66"/>
        <source>Missed most often</source>
        <translation>Missas oftast</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="67"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="68"/>
        <source>Missed</source>
        <translation>Missade</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="69"/>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="70"/>
        <source>Of</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="86"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="88"/>
        <source>Criteria missed over the</source>
        <translation>Kriterier som missats under de senaste</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../review/workspace.py" line="78"/>
        <source>Loading sessions…</source>
        <translation>Hämtar samtal…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="83"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="84"/>
        <source>Import a bundle exported by another installation</source>
        <translation>Importera ett paket som exporterats från en annan installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="85"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="89"/>
        <source>audio</source>
        <translation>ljud</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="91"/>
        <source>Export: include the kept audio of each turn in the bundle</source>
        <translation>Export: ta med det sparade ljudet för varje replik i paketet</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="93"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="94"/>
        <source>Save every session that matches the filters as CSV</source>
        <translation>Spara alla samtal som matchar filtren som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="95"/>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="112"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="113"/>
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../review/session_model.py" line="31"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="32"/>
        <source>Persona</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="34"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="35"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="39"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../review/session_view.py" line="108"/>
        <source>Pick a session in the list to review it.</source>
        <translation>Välj ett samtal i listan för att granska det.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="123"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="124"/>
        <source>Mark the session as reviewed by a trainer</source>
        <translation>Markera samtalet som granskat av en tränare</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="125"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="127"/>
        <source>Save this session as a printable HTML or PDF report</source>
        <translation>Spara samtalet som en utskrivbar rapport i HTML eller PDF</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="130"/>
        <source>Score now</source>
        <translation>Poängsätt nu</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="131"/>
        <source>Score this call with the current scorer</source>
        <translation>Poängsätt samtalet med den nuvarande poängmodellen</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="145"/>
        <location filename="../review/session_view.py" line="640"/>
        <source>Click a turn number to comment on it or play it.</source>
        <translation>Klicka på ett repliknummer för att kommentera eller spela upp repliken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="147"/>
        <source>Comment on the selected turn…</source>
        <translation>Kommentera den valda repliken…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="149"/>
        <source>Comment</source>
        <translation>Kommentera</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="151"/>
        <source>▶ Play</source>
        <translation>▶ Spela</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="152"/>
        <source>Play the selected turn&apos;s kept audio</source>
        <translation>Spela upp det sparade ljudet för den valda repliken</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="175"/>
        <source>Reason (required): why is it fairer?</source>
        <translation>Motivering (krävs): varför är det rättvisare?</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="177"/>
        <source>Override</source>
        <translation>Ändra poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="189"/>
        <source>A comment on the whole call…</source>
        <translation>En kommentar om hela samtalet…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="192"/>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="236"/>
        <source>OVERRIDE A SCORE</source>
        <translation>ÄNDRA EN POÄNG</translation>
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
        <translation>Poängkort</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="324"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="337"/>
        <source>Scoring…</source>
        <translation>Poängsätter…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="447"/>
        <source>This session has not been scored yet.</source>
        <translation>Samtalet har inte poängsatts än.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="471"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="471"/>
        <source>Prospect</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>earned points</source>
        <translation>gav poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>lost points</source>
        <translation>kostade poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="488"/>
        <source>both</source>
        <translation>båda</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="489"/>
        <source>hover a turn number for the criteria</source>
        <translation>håll pekaren över ett repliknummer för att se kriterierna</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="500"/>
        <source>No turns were stored for this call.</source>
        <translation>Inga repliker sparades för samtalet.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="585"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="587"/>
        <source>Turn #{number}</source>
        <translation>Replik #{number}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="602"/>
        <source>No feedback yet.</source>
        <translation>Ingen återkoppling än.</translation>
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
        <translation>Automatisk (LLM när en server eller nyckel är angiven, annars offline)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>Offline scripted (no network, deterministic)</source>
        <translation>Offline med manus (inget nätverk, samma svar varje gång)</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Prospect engine</source>
        <translation>Kundens motor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>empty = OpenAI; e.g. http://localhost:11434/v1 (Ollama)</source>
        <translation>tomt = OpenAI; t.ex. http://localhost:11434/v1 (Ollama)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>not needed for local servers</source>
        <translation>behövs inte för lokala servrar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="132"/>
        <source>Reply timeout</source>
        <translation>Väntetid för svar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Exam mode: hide the patience meter during calls</source>
        <translation>Provläge: dölj tålamodsmätaren under samtal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Practice</source>
        <translation>Öva</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Ljud av: bara text, kunden pratar inte</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Interface language</source>
        <translation>Språk i appen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>A new interface language applies when you restart the app.</source>
        <translation>Det nya språket gäller när du startar om appen.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../transcript_view.py" line="99"/>
        <source>Pick a persona and press Call. The prospect answers first.</source>
        <translation>Välj en kund och tryck på Ring. Kunden svarar först.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="70"/>
        <location filename="../app.py" line="89"/>
        <source>Trainer cannot open its data</source>
        <translation>Trainer kan inte öppna sina data</translation>
    </message>
    <message>
        <location filename="../app.py" line="79"/>
        <source>No usable persona files were found; add one to the personas folder.</source>
        <translation>Inga användbara kundfiler hittades; lägg en i mappen personas.</translation>
    </message>
</context>
</TS>
