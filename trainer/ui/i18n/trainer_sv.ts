<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AudioLines</name>
    <message>
        <location filename="../voice_panel.py" line="59"/>
        <source>Text only</source>
        <translation>Bara text</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="60"/>
        <source>Typing only</source>
        <translation>Bara skrivande</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="63"/>
        <source>the PortAudio library is missing (install libportaudio2).</source>
        <translation>biblioteket PortAudio saknas (installera libportaudio2).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="64"/>
        <source>the sounddevice package is missing (pip install sounddevice).</source>
        <translation>paketet sounddevice saknas (pip install sounddevice).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="67"/>
        <source>the sound system did not start. Check that PulseAudio or PipeWire is running, then try again in File → Audio…</source>
        <translation>ljudsystemet startade inte. Kontrollera att PulseAudio eller PipeWire körs och försök sedan igen under Arkiv → Ljud…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="72"/>
        <source>no microphone found (connect one or start PulseAudio/PipeWire).</source>
        <translation>ingen mikrofon hittades (anslut en eller starta PulseAudio/PipeWire).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="75"/>
        <source>no speaker found (connect one or start PulseAudio/PipeWire).</source>
        <translation>ingen högtalare hittades (anslut en eller starta PulseAudio/PipeWire).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="76"/>
        <source>espeak-ng is not installed (install the espeak-ng package).</source>
        <translation>espeak-ng är inte installerat (installera paketet espeak-ng).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="77"/>
        <source>no microphone answered. Check that the sound system (PulseAudio or PipeWire) is running and a microphone is connected, or choose another in File → Audio…</source>
        <translation>ingen mikrofon svarade. Kontrollera att ljudsystemet (PulseAudio eller PipeWire) körs och att en mikrofon är ansluten, eller välj en annan under Arkiv → Ljud…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="82"/>
        <source>no speaker answered. Check that the sound system (PulseAudio or PipeWire) is running and a speaker is connected, or choose another in File → Audio…</source>
        <translation>ingen högtalare svarade. Kontrollera att ljudsystemet (PulseAudio eller PipeWire) körs och att en högtalare är ansluten, eller välj en annan under Arkiv → Ljud…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="87"/>
        <source>the speech voice did not start (is espeak-ng installed?).</source>
        <translation>talrösten startade inte (är espeak-ng installerat?).</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <location filename="../audio_settings.py" line="47"/>
        <source>Enough for English; rough for Swedish and Danish. Fast on any computer.</source>
        <translation>Räcker för engelska; grov för svenska och danska. Snabb på alla datorer.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="51"/>
        <source>The smallest that understands Swedish and Danish well; about three times slower.</source>
        <translation>Den minsta som förstår svenska och danska bra; ungefär tre gånger långsammare.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="55"/>
        <source>Best for Swedish and Danish; needs a fast computer (a second or more per turn).</source>
        <translation>Bäst för svenska och danska; kräver en snabb dator (en sekund eller mer per replik).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="69"/>
        <source>Offline (Whisper): Swedish, Danish and English; fetched once</source>
        <translation>Offline (Whisper): svenska, danska och engelska; hämtas en gång</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="75"/>
        <source>Offline (pocketsphinx): small, English-only and rough</source>
        <translation>Offline (pocketsphinx): liten, bara engelska och grov</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="81"/>
        <source>OpenAI-compatible server (/audio/transcriptions, e.g. Whisper)</source>
        <translation>OpenAI-kompatibel server (/audio/transcriptions, t.ex. Whisper)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="85"/>
        <source>Off: type every line</source>
        <translation>Av: skriv varje replik</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="92"/>
        <source>the system&apos;s sound output</source>
        <translation>systemets ljudutgång</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="100"/>
        <source>Swedish model</source>
        <translation>Modell för svenska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="101"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="105"/>
        <source>Danish model</source>
        <translation>Modell för danska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="106"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="110"/>
        <source>English model</source>
        <translation>Modell för engelska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="111"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="145"/>
        <source>Played on {device} with the {voice} voice.</source>
        <translation>Spelades upp på {device} med rösten {voice}.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="165"/>
        <source>Nothing to fetch.</source>
        <translation>Inget att hämta.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="166"/>
        <source>Ready without a network: {names}.</source>
        <translation>Klart att använda utan nätverk: {names}.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="181"/>
        <source>Audio settings</source>
        <translation>Ljudinställningar</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="199"/>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="202"/>
        <source>Speak a test phrase</source>
        <translation>Säg en testfras</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="204"/>
        <source>Speaker</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="207"/>
        <source>Record {seconds} s and play back</source>
        <translation>Spela in {seconds} s och spela upp</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="210"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="212"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="215"/>
        <source>Prospect&apos;s voice</source>
        <translation>Kundens röst</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="221"/>
        <source>Persona</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="224"/>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="227"/>
        <source> % of normal</source>
        <translation> % av normalt</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="229"/>
        <source>Try</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="231"/>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="232"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Ljud av: bara text, kunden pratar inte</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="237"/>
        <source>Your speech</source>
        <translation>Ditt tal</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="244"/>
        <source>Recognition</source>
        <translation>Taligenkänning</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="247"/>
        <source>empty: the LLM server&apos;s URL (Ollama has no transcription)</source>
        <translation>tomt: LLM-serverns URL (Ollama har ingen transkribering)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="249"/>
        <source>Server URL</source>
        <translation>Serverns URL</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="251"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="272"/>
        <source>optional: a folder with Whisper models or Piper voices you downloaded yourself</source>
        <translation>valfritt: en mapp med Whisper-modeller eller Piper-röster som du har laddat ner själv</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="275"/>
        <source>Own models</source>
        <translation>Egna modeller</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="276"/>
        <source>Fetch the models now</source>
        <translation>Hämta modellerna nu</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="283"/>
        <source>Keep each turn&apos;s audio with the session (for review)</source>
        <translation>Spara ljudet för varje replik med samtalet (för granskning)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="327"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="336"/>
        <source>{device} (not connected)</source>
        <translation>{device} (inte ansluten)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="362"/>
        <source>The test failed ({error}).</source>
        <translation>Testet misslyckades ({error}).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="369"/>
        <source>Speaking a test phrase…</source>
        <translation>Säger en testfras…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="382"/>
        <source>Trying the voice…</source>
        <translation>Provar rösten…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="401"/>
        <source>Recording {seconds} s: say something…</source>
        <translation>Spelar in {seconds} s: säg något…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="433"/>
        <source>Recorded only silence: check the microphone and its volume.</source>
        <translation>Spelade bara in tystnad: kontrollera mikrofonen och dess volym.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="437"/>
        <source>Recorded {seconds} s (level {level} %) and played it back.</source>
        <translation>Spelade in {seconds} s (nivå {level} %) och spelade upp det.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="442"/>
        <source>Playing the recording back…</source>
        <translation>Spelar upp inspelningen…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="459"/>
        <source>No voices ({error}).</source>
        <translation>Inga röster ({error}).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="469"/>
        <source>Automatic (from the persona&apos;s language)</source>
        <translation>Automatisk (efter kundens språk)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="477"/>
        <source>{voice} (Piper, natural; {megabytes} MB, fetched once)</source>
        <translation>{voice} (Piper, naturlig; {megabytes} MB, hämtas en gång)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="485"/>
        <source>{voice} (not on this machine)</source>
        <translation>{voice} (finns inte på den här datorn)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="536"/>
        <source>A Swedish fine-tune such as KB-Whisper (in CTranslate2 form) works too: put its folder in Own models.</source>
        <translation>En svensk finjustering som KB-Whisper (i CTranslate2-format) fungerar också: ange dess mapp under Egna modeller.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="565"/>
        <source>Every chosen model is on this machine already.</source>
        <translation>Alla valda modeller finns redan på den här datorn.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="568"/>
        <source>Fetching {models}…</source>
        <translation>Hämtar {models}…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="632"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Inställningarna kunde inte sparas ({error}); de gäller tills du avslutar.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../call_view.py" line="138"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CallCoach</name>
    <message>
        <location filename="../coach_controls.py" line="246"/>
        <source>No hints this time: {error}</source>
        <translation>Inga tips den här gången: {error}</translation>
    </message>
    <message>
        <location filename="../coach_controls.py" line="282"/>
        <source>Rewound. {name}, again: “{line}”</source>
        <translation>Tillbakaspolat. {name} igen: ”{line}”</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="73"/>
        <source>Meeting booked</source>
        <translation>Möte bokat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="74"/>
        <source>Call-back agreed</source>
        <translation>Återsamtal bokat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="76"/>
        <source>You ended the call without a next step</source>
        <translation>Du avslutade samtalet utan ett nästa steg</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="80"/>
        <source>The prospect hung up</source>
        <translation>Kunden lade på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="82"/>
        <source>The LLM failed; the call is kept as failed</source>
        <translation>LLM:en svarade inte; samtalet sparas som misslyckat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="86"/>
        <source>Not finished</source>
        <translation>Inte avslutat</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="229"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="232"/>
        <source>Pick your profile, or type a new name to create one</source>
        <translation>Välj din profil, eller skriv ett nytt namn för att skapa en</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="239"/>
        <location filename="../call_view.py" line="1043"/>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="246"/>
        <source>Start the call (Ctrl+Enter)</source>
        <translation>Starta samtalet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="248"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="249"/>
        <source>Persona</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="282"/>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="287"/>
        <source>End the call now; it is saved and scored ({key})</source>
        <translation>Avsluta samtalet nu; det sparas och poängsätts ({key})</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="293"/>
        <source>Exam mode</source>
        <translation>Provläge</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="294"/>
        <source>Hide the patience meter, as in a real call</source>
        <translation>Dölj tålamodsmätaren, som i ett riktigt samtal</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="337"/>
        <source>Type your line. Enter sends, Shift+Enter for a new line.</source>
        <translation>Skriv din replik. Enter skickar, Skift+Enter ger ny rad.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="341"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="416"/>
        <source>Offline scripted</source>
        <translation>Offline, manus</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="434"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Inställningarna kunde inte sparas ({error}); de gäller tills du avslutar.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="512"/>
        <source>Type your name in the Trainee box first (it keeps your calls together).</source>
        <translation>Skriv först ditt namn i rutan Säljare (då hålls dina samtal ihop).</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="523"/>
        <location filename="../call_view.py" line="864"/>
        <source>Use offline engine</source>
        <translation>Använd offlinemotorn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="524"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="550"/>
        <source>Could not start the call: {error}</source>
        <translation>Samtalet kunde inte starta: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="528"/>
        <source>Calling {name}, {company}</source>
        <translation>Ringer {name}, {company}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="615"/>
        <source>Drill: a short call with {name} on one thing</source>
        <translation>Övning: ett kort samtal med {name} om en sak</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="623"/>
        <source>Drill: your call of {time} again, from just before turn {n}</source>
        <translation>Övning: ditt samtal från {time} igen, från strax före replik {n}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="746"/>
        <source>Every turn is saved now.</source>
        <translation>Alla repliker är sparade nu.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="862"/>
        <source>Retry reply</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="981"/>
        <source>Call ended: {outcome}</source>
        <translation>Samtalet avslutat: {outcome}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="983"/>
        <source>Call again</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1057"/>
        <source>Scoring the call…</source>
        <translation>Poängsätter samtalet…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1085"/>
        <source>Asking the LLM judge for a second opinion…</source>
        <translation>Ber LLM-domaren om en andra åsikt…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1097"/>
        <source>The LLM judge could not give a second opinion: {error}</source>
        <translation>LLM-domaren kunde inte ge en andra åsikt: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1106"/>
        <source>The call is saved but could not be scored: {error}</source>
        <translation>Samtalet är sparat men kunde inte poängsättas: {error}</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../coach_panel.py" line="42"/>
        <source>Opener</source>
        <translation>Öppning</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="43"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="44"/>
        <source>Discovery</source>
        <translation>Behovsanalys</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="45"/>
        <source>Objections</source>
        <translation>Invändningar</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="46"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="49"/>
        <source>words</source>
        <translation>ord</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="50"/>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="108"/>
        <source>COACH</source>
        <translation>COACH</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="192"/>
        <location filename="../coach_panel.py" line="338"/>
        <location filename="../coach_panel.py" line="343"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="196"/>
        <source>Stop the prospect, stop listening and freeze the clock ({key})</source>
        <translation>Stoppa kunden, sluta lyssna och frys klockan ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="201"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="204"/>
        <source>Three lines you could say next ({key})</source>
        <translation>Tre repliker du kan säga härnäst ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="207"/>
        <source>Rewind</source>
        <translation>Spola tillbaka</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="210"/>
        <source>Take back your last line and the prospect&apos;s reply ({key})</source>
        <translation>Ta tillbaka din senaste replik och kundens svar ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="234"/>
        <source>Your talk share: – (aim for {low}–{high}%)</source>
        <translation>Din andel av pratet: – (sikta på {low}–{high} %)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="240"/>
        <source>Your talk share: {share}% of the {unit} (aim for {low}–{high}%)</source>
        <translation>Din andel av pratet: {share} % räknat i {unit} (sikta på {low}–{high} %)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="250"/>
        <source>This turn: {words} words, {seconds} s (limit about {word_limit} words or {seconds_limit} s)</source>
        <translation>Den här repliken: {words} ord, {seconds} s (gräns runt {word_limit} ord eller {seconds_limit} s)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="262"/>
        <source>This turn: {words} words (limit about {word_limit})</source>
        <translation>Den här repliken: {words} ord (gräns runt {word_limit})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="270"/>
        <source>Questions: {open} open · {closed} closed</source>
        <translation>Öppna frågor: {open} · slutna: {closed}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="290"/>
        <source>Put this line in the text box</source>
        <translation>Lägg repliken i textrutan</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="309"/>
        <source>This call was a drill of an earlier call</source>
        <translation>Det här samtalet var en övning på ett tidigare samtal</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="311"/>
        <source>This call was a drill of your call at {time}</source>
        <translation>Det här samtalet var en övning på ditt samtal kl. {time}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="319"/>
        <source>Drill: {text}</source>
        <translation>Övning: {text}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="338"/>
        <location filename="../coach_panel.py" line="343"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="361"/>
        <source>Turn {n}</source>
        <translation>Replik {n}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="368"/>
        <source>Coaching used: {pauses} pause(s), {hints} hint(s), {rewinds} rewind(s)</source>
        <translation>Coachning som användes: {pauses} paus(er), {hints} tips, {rewinds} tillbakaspolning(ar)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="373"/>
        <source>THE MOMENTS THAT COST MOST</source>
        <translation>ÖGONBLICKEN SOM KOSTADE MEST</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="382"/>
        <source>Drill</source>
        <translation>Övning</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="385"/>
        <source>Replay from turn {n}</source>
        <translation>Spela om från replik {n}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="386"/>
        <source>Call again from just before turn {n} and try the better line</source>
        <translation>Ring igen från strax före replik {n} och prova den bättre repliken</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="389"/>
        <source>Start a focused call</source>
        <translation>Starta ett fokuserat samtal</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="390"/>
        <source>A new call with the same prospect, on one thing</source>
        <translation>Ett nytt samtal med samma kund, om en sak</translation>
    </message>
</context>
<context>
    <name>FeedbackHint</name>
    <message>
        <location filename="../feedback_hint.py" line="74"/>
        <source>Your trainer left feedback on your call.</source>
        <translation>Din tränare har gett återkoppling på ditt samtal.</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="76"/>
        <source>Your trainer left feedback on {feedback} of your {calls} calls.</source>
        <translation>Din tränare har gett återkoppling på {feedback} av dina {calls} samtal.</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="79"/>
        <source>Read it</source>
        <translation>Läs den</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="82"/>
        <source>Opens {name}&apos;s calls with feedback in the Review tab, to read</source>
        <translation>Öppnar samtalen med återkoppling för {name} under fliken Granska, för läsning</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../review/filter_bar.py" line="56"/>
        <source>Words said in the call…</source>
        <translation>Ord som sades i samtalet…</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="62"/>
        <source>Any outcome</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="67"/>
        <source>Reviewed or not</source>
        <translation>Granskade eller inte</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="68"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="69"/>
        <source>Not reviewed</source>
        <translation>Inte granskade</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="70"/>
        <source>With trainer feedback</source>
        <translation>Med återkoppling från tränare</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="74"/>
        <source>The reviewed mark, or sessions with a trainer&apos;s comment or score override</source>
        <translation>Granskningsmarkeringen, eller samtal med en kommentar eller ändrad poäng från en tränare</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="81"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="82"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="88"/>
        <source>Overall score range</source>
        <translation>Intervall för totalpoäng</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="89"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="90"/>
        <source>Show every session again</source>
        <translation>Visa alla samtal igen</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="101"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="106"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="128"/>
        <source>any date</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="131"/>
        <source>{what} (local days; pick the earliest date for &apos;any&apos;)</source>
        <translation>{what} (lokala dagar; välj det tidigaste datumet för &apos;alla&apos;)</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="140"/>
        <source>All trainees</source>
        <translation>Alla säljare</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="141"/>
        <source>All personas</source>
        <translation>Alla kunder</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../guide.py" line="15"/>
        <source>Start the call (again)</source>
        <translation>Starta samtalet (igen)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="16"/>
        <source>Send your line</source>
        <translation>Skicka din replik</translation>
    </message>
    <message>
        <location filename="../guide.py" line="17"/>
        <source>A new line in your text</source>
        <translation>En ny rad i din text</translation>
    </message>
    <message>
        <location filename="../guide.py" line="19"/>
        <source>Space (held)</source>
        <translation>Mellanslag (nedtryckt)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="20"/>
        <source>Talk, when the text box is not focused; let go and your words are sent</source>
        <translation>Prata, när textrutan inte har fokus; släpp så skickas dina ord</translation>
    </message>
    <message>
        <location filename="../guide.py" line="24"/>
        <source>Hang up: the call is saved and scored</source>
        <translation>Lägg på: samtalet sparas och poängsätts</translation>
    </message>
    <message>
        <location filename="../guide.py" line="27"/>
        <source>Pause a coached call (the prospect stops, the clock too)</source>
        <translation>Pausa ett coachat samtal (kunden tystnar, klockan stannar)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="29"/>
        <source>Hint: three lines you could say next</source>
        <translation>Tips: tre repliker du kan säga härnäst</translation>
    </message>
    <message>
        <location filename="../guide.py" line="30"/>
        <source>Rewind: take back your last line and the reply</source>
        <translation>Spola tillbaka: ta tillbaka din senaste replik och svaret</translation>
    </message>
    <message>
        <location filename="../guide.py" line="31"/>
        <source>Start the drill offered after a coached call</source>
        <translation>Starta övningen som föreslås efter ett coachat samtal</translation>
    </message>
    <message>
        <location filename="../guide.py" line="32"/>
        <source>Delete the selected sessions (in the Review list)</source>
        <translation>Radera de markerade samtalen (i listan under Granska)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="33"/>
        <source>Quit (during a call it asks first)</source>
        <translation>Avsluta (under ett samtal frågar appen först)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="35"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../guide.py" line="37"/>
        <source>&lt;h3&gt;A call&lt;/h3&gt;
&lt;p&gt;In &lt;b&gt;Practice&lt;/b&gt;, type your name under &lt;i&gt;Trainee&lt;/i&gt;, pick a &lt;i&gt;Persona&lt;/i&gt; (the card says whom you call and your brief; &lt;i&gt;Outbound&lt;/i&gt;: you call them, &lt;i&gt;Inbound&lt;/i&gt;: they call you) and press &lt;b&gt;Call&lt;/b&gt;. The prospect answers first. Type and press Enter, or hold Space to speak. The patience meter shows how the prospect feels and why it moved (&lt;i&gt;Exam mode&lt;/i&gt; hides it). &lt;b&gt;Hang up&lt;/b&gt; ends the call at any time; every turn is saved as soon as it is said.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ett samtal&lt;/h3&gt;
&lt;p&gt;Under &lt;b&gt;Öva&lt;/b&gt; skriver du ditt namn vid &lt;i&gt;Säljare&lt;/i&gt;, väljer en &lt;i&gt;Kund&lt;/i&gt; (kortet visar vem du ringer och ditt uppdrag; &lt;i&gt;Utgående&lt;/i&gt;: du ringer dem, &lt;i&gt;Inkommande&lt;/i&gt;: de ringer dig) och trycker på &lt;b&gt;Ring&lt;/b&gt;. Kunden svarar först. Skriv och tryck på Enter, eller håll ned mellanslag för att prata. Tålamodsmätaren visar hur kunden mår och varför den ändrades (&lt;i&gt;Provläge&lt;/i&gt; döljer den). &lt;b&gt;Lägg på&lt;/b&gt; avslutar samtalet när som helst; varje replik sparas så snart den är sagd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="47"/>
        <source>&lt;h3&gt;What the scores mean&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Needs&lt;/b&gt; (0 to 100): did you find out what the prospect needs? Open questions about their situation, follow-ups on what they just said, hidden needs uncovered, no pitch before discovery, digging behind a &quot;no&quot;, and a concrete next step at a set time.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Time&lt;/b&gt; (0 to 100): did you respect their time? The reason for the call early and briefly, acknowledging the interruption, no &quot;have you heard of us?&quot;, no brochure or buzzwords, shortening or offering a call-back when they are busy, your share of the talking.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Overall&lt;/b&gt; combines the two. Green is good (60 and up), amber fair (30 and up), red poor.&lt;/li&gt;
&lt;li&gt;Each criterion shows its points and the turns (#1 is the first) that earned or lost them; click one to jump to its turn. &lt;i&gt;n/a&lt;/i&gt;: the call gave no occasion for it. Under the criteria are the three things to change on the next call.&lt;/li&gt;
&lt;li&gt;The scorer is the same every time: the same call always gets the same score.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Vad poängen betyder&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Behov&lt;/b&gt; (0 till 100): tog du reda på vad kunden behöver? Öppna frågor om deras situation, följdfrågor på det de just sa, dolda behov som kom fram, ingen säljpitch innan du frågat, att du tog reda på vad som låg bakom ett ”nej”, och ett konkret nästa steg vid en bestämd tid.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Tid&lt;/b&gt; (0 till 100): respekterade du kundens tid? Anledningen till samtalet tidigt och kort, att du bekräftade att du stör, inget ”har du hört talas om oss?”, inga broschyrfraser eller modeord, att du kortade ner eller erbjöd ett återsamtal när de har bråttom, din andel av pratet.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Totalt&lt;/b&gt; väger ihop de två. Grönt är bra (60 och uppåt), gult godkänt (30 och uppåt), rött svagt.&lt;/li&gt;
&lt;li&gt;Varje kriterium visar sina poäng och de repliker (#1 är den första) som gav eller kostade dem; klicka på ett för att hoppa till dess replik. &lt;i&gt;ej aktuellt&lt;/i&gt;: samtalet gav inget tillfälle till det. Under kriterierna står de tre saker du ska ändra till nästa samtal.&lt;/li&gt;
&lt;li&gt;Poängsättningen är densamma varje gång: samma samtal får alltid samma poäng.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="65"/>
        <source>&lt;h3&gt;Trainer and trainee&lt;/h3&gt;
&lt;p&gt;In &lt;b&gt;Review&lt;/b&gt; a &lt;b&gt;trainer&lt;/b&gt; comments on calls, overrides a criterion with a reason (the automatic score stays beside the trainer&apos;s), marks calls reviewed and deletes them. A &lt;b&gt;trainee&lt;/b&gt; reads their calls and the feedback on them, and changes none of it. The top of the Review tab says which you are. On a team&apos;s database the server decides and enforces it; on this computer&apos;s own database the Review tab asks once, and &lt;i&gt;Settings → Role&lt;/i&gt; changes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tränare och säljare&lt;/h3&gt;
&lt;p&gt;Under &lt;b&gt;Granska&lt;/b&gt; kommenterar en &lt;b&gt;tränare&lt;/b&gt; samtal, ändrar poängen för ett kriterium med en motivering (den automatiska poängen står kvar bredvid tränarens), markerar samtal som granskade och raderar dem. En &lt;b&gt;säljare&lt;/b&gt; läser sina samtal och återkopplingen på dem, och ändrar inget av det. Överst på fliken Granska står vilken du är. I ett teams databas bestämmer servern rollen och ser till att den följs; i den här datorns egen databas frågar fliken Granska en gång, och &lt;i&gt;Inställningar → Roll&lt;/i&gt; ändrar den.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="75"/>
        <source>&lt;h3&gt;Keys&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tangenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="76"/>
        <source>&lt;h3&gt;Where your data lives&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Everything stays on this computer, in {folder}, unless you point the app at an LLM server.&lt;/li&gt;
{database}&lt;li&gt;Kept audio of each turn: {audio} in that folder (deleting a session deletes it).&lt;/li&gt;
&lt;li&gt;Settings (the API key goes to the system keyring when there is one), and the window&apos;s size and splitters: files in the same folder.&lt;/li&gt;
&lt;li&gt;The environment variable {variable} moves all of it elsewhere.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Var dina data finns&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Allt stannar på den här datorn, i {folder}, om du inte kopplar appen till en LLM-server.&lt;/li&gt;
{database}&lt;li&gt;Sparat ljud för varje replik: {audio} i den mappen (raderas med samtalet).&lt;/li&gt;
&lt;li&gt;Inställningarna (API-nyckeln hamnar i systemets nyckelring när det finns en) och fönstrets storlek och delare: filer i samma mapp.&lt;/li&gt;
&lt;li&gt;Miljövariabeln {variable} flyttar allt detta någon annanstans.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="88"/>
        <source>audio/&lt;session&gt;/</source>
        <translation>audio/&lt;samtal&gt;/</translation>
    </message>
    <message>
        <location filename="../guide.py" line="89"/>
        <source>&lt;li&gt;The calls, scores and feedback: {database}&lt;/li&gt;
</source>
        <translation>&lt;li&gt;Samtalen, poängen och återkopplingen: {database}&lt;/li&gt;
</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../guide.py" line="140"/>
        <source>Trainer guide</source>
        <translation>Guide till Trainer</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voice_panel.py" line="109"/>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="47"/>
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
    <name>Metrics</name>
    <message>
        <location filename="../review/words.py" line="28"/>
        <source>Talk share</source>
        <translation>Taltid</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="29"/>
        <source>Longest turn (words)</source>
        <translation>Längsta replik (ord)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="30"/>
        <source>Longest turn (s)</source>
        <translation>Längsta replik (s)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="31"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="32"/>
        <source>Open questions</source>
        <translation>Öppna frågor</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="33"/>
        <source>Needs questions</source>
        <translation>Behovsfrågor</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="34"/>
        <source>Words per minute</source>
        <translation>Ord per minut</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="35"/>
        <source>Reason given after (s)</source>
        <translation>Anledning given efter (s)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="36"/>
        <source>Trainee turns</source>
        <translation>Säljarens repliker</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="37"/>
        <source>Prospect turns</source>
        <translation>Kundens repliker</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../review/words.py" line="19"/>
        <source>Meeting booked</source>
        <translation>Möte bokat</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="20"/>
        <source>Call-back agreed</source>
        <translation>Återsamtal bokat</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="21"/>
        <source>Prospect hung up</source>
        <translation>Kunden lade på</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="22"/>
        <source>Ended without a next step</source>
        <translation>Avslutat utan nästa steg</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="23"/>
        <source>Not finished (app closed mid-call)</source>
        <translation>Inte avslutat (appen stängdes mitt i samtalet)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="24"/>
        <source>Failed (the LLM stopped answering)</source>
        <translation>Misslyckat (LLM:en slutade svara)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="25"/>
        <source>Not finished</source>
        <translation>Inte avslutat</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="40"/>
        <source>offline scripted</source>
        <translation>offline, manus</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="41"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="70"/>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="76"/>
        <source>before {date}</source>
        <translation>före {date}</translation>
    </message>
</context>
<context>
    <name>PatienceMeter</name>
    <message>
        <location filename="../patience_meter.py" line="15"/>
        <source>&apos;have you heard of us?&apos; opener</source>
        <translation>inledde med ”har du hört talas om oss?”</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="16"/>
        <source>&apos;is this a bad time?&apos;</source>
        <translation>”passar det dåligt?”</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="17"/>
        <source>acknowledged the interruption</source>
        <translation>bekräftade att du stör</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="18"/>
        <source>asked about the caller&apos;s needs</source>
        <translation>frågade om den som ringer behöver</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="19"/>
        <source>asked for a call-back the call did not earn</source>
        <translation>bad om ett återsamtal som samtalet inte förtjänat</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="20"/>
        <source>asked for a call-back without saying what it is about</source>
        <translation>bad om ett återsamtal utan att säga vad det gäller</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="21"/>
        <source>asked what lies behind the no</source>
        <translation>frågade vad som ligger bakom nejet</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="22"/>
        <source>brochure talk and buzzwords</source>
        <translation>broschyrprat och modeord</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="23"/>
        <source>carried on after &apos;I&apos;m heading into a meeting&apos;</source>
        <translation>fortsatte efter ”jag ska in på ett möte”</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="24"/>
        <source>followed up on an answer</source>
        <translation>följde upp ett svar</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="25"/>
        <source>held the floor too long</source>
        <translation>pratade för länge i ett sträck</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="26"/>
        <source>meeting push before any need was discussed</source>
        <translation>drev på om möte innan något behov diskuterats</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="27"/>
        <source>meeting push without enough interest</source>
        <translation>drev på om möte utan tillräckligt intresse</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="28"/>
        <source>monologue</source>
        <translation>monolog</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="29"/>
        <source>no progress on the caller&apos;s question</source>
        <translation>ingen framgång med den som ringers fråga</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="30"/>
        <source>offered a call-back</source>
        <translation>erbjöd ett återsamtal</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="31"/>
        <source>offered a call-back at a set time</source>
        <translation>erbjöd ett återsamtal vid en bestämd tid</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="32"/>
        <source>open question about the business</source>
        <translation>öppen fråga om verksamheten</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="33"/>
        <source>pitch before any question</source>
        <translation>säljpitch innan någon fråga</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="34"/>
        <source>promised a call-back at a set time</source>
        <translation>lovade ett återsamtal vid en bestämd tid</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="35"/>
        <source>question about the business</source>
        <translation>fråga om verksamheten</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="36"/>
        <source>reason for the call, early and brief</source>
        <translation>anledningen till samtalet, tidigt och kort</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="37"/>
        <source>still has not said what the call is about</source>
        <translation>har fortfarande inte sagt vad samtalet gäller</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="38"/>
        <source>sent the caller away</source>
        <translation>avfärdade den som ringde</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="39"/>
        <source>talked nonsense</source>
        <translation>pratade strunt</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="40"/>
        <source>took the caller&apos;s number</source>
        <translation>tog den som ringers nummer</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="41"/>
        <source>answered the caller&apos;s question</source>
        <translation>svarade på kundens fråga</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="42"/>
        <source>booked the caller in at a set time</source>
        <translation>bokade in kunden på en bestämd tid</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="43"/>
        <source>asked if he knows the shop instead of answering</source>
        <translation>frågade om kunden känner till firman i stället för att svara</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="44"/>
        <source>pitched instead of answering</source>
        <translation>sålde in i stället för att svara</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="45"/>
        <source>pushed a meeting on a caller who wants a price</source>
        <translation>tjatade om ett möte med en kund som vill ha ett pris</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="47"/>
        <source>at the start of the call</source>
        <translation>i början av samtalet</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="48"/>
        <source>no change on your last line</source>
        <translation>ingen ändring efter din senaste replik</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="69"/>
        <source>PROSPECT&apos;S PATIENCE</source>
        <translation>KUNDENS TÅLAMOD</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../persona_card.py" line="24"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="25"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="26"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="29"/>
        <source>Easy going</source>
        <translation>Medgörlig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="30"/>
        <source>Impatient</source>
        <translation>Otålig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="31"/>
        <source>Hostile</source>
        <translation>Fientlig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="144"/>
        <source>SITUATION</source>
        <translation>LÄGET</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="148"/>
        <source>YOUR BRIEF</source>
        <translation>DITT UPPDRAG</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="198"/>
        <source>No persona</source>
        <translation>Ingen kund</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="199"/>
        <source>Add a persona file to your data folder.</source>
        <translation>Lägg en kundfil (persona) i din datamapp.</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="213"/>
        <source>Inbound</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="213"/>
        <source>Outbound</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="216"/>
        <source>They call you: answer the phone</source>
        <translation>De ringer dig: svara i telefon</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="218"/>
        <source>You call them: a cold call</source>
        <translation>Du ringer dem: ett kallt samtal</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="224"/>
        <source>Starts with patience {start} of 100</source>
        <translation>Börjar med tålamod {start} av 100</translation>
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
        <location filename="../review/progress_view.py" line="74"/>
        <source>Sessions in which the criterion earned no points</source>
        <translation>Samtal där kriteriet inte gav några poäng</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="76"/>
        <source>Sessions in which it earned some of its points, not all</source>
        <translation>Samtal där det gav en del av sina poäng, inte alla</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="78"/>
        <source>Sessions looked at</source>
        <translation>Samtal som räknats</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="88"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="90"/>
        <source>Criteria missed over the</source>
        <translation>Kriterier som missats under de senaste</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="136"/>
        <source>Cannot read the progress: {error}</source>
        <translation>Kan inte läsa utvecklingen: {error}</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="146"/>
        <location filename="../review/progress_view.py" line="203"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="146"/>
        <location filename="../review/progress_view.py" line="204"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="164"/>
        <source>{count} scored sessions from {first} to {last}.</source>
        <translation>{count} poängsatta samtal från {first} till {last}.</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="171"/>
        <source>{name} has no scored sessions yet.</source>
        <translation>{name} har inga poängsatta samtal än.</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="182"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="190"/>
        <source>No scored sessions</source>
        <translation>Inga poängsatta samtal</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="214"/>
        <source>{part} (average of {count} sessions)</source>
        <translation>{part} (medel av {count} samtal)</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../review/workspace.py" line="88"/>
        <source>Loading sessions…</source>
        <translation>Hämtar samtal…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="93"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="94"/>
        <source>Import a bundle exported by another installation</source>
        <translation>Importera ett paket som exporterats från en annan installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="95"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="97"/>
        <source>Save the selected sessions as a bundle for another installation</source>
        <translation>Spara de markerade samtalen som ett paket till en annan installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="99"/>
        <source>audio</source>
        <translation>ljud</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="101"/>
        <source>Export: include the kept audio of each turn in the bundle</source>
        <translation>Export: ta med det sparade ljudet för varje replik i paketet</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="103"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="104"/>
        <source>Save every session that matches the filters as CSV</source>
        <translation>Spara alla samtal som matchar filtren som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="105"/>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="111"/>
        <source>I practise (trainee)</source>
        <translation>Jag övar (säljare)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="112"/>
        <source>I review calls (trainer)</source>
        <translation>Jag granskar samtal (tränare)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="128"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="129"/>
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="205"/>
        <source>Delete the selected sessions with their scores, feedback and audio (Del in the list)</source>
        <translation>Radera de markerade samtalen med poäng, återkoppling och ljud (Del i listan)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="209"/>
        <source>Only a trainer can delete calls</source>
        <translation>Bara en tränare kan radera samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="217"/>
        <source>Cannot keep the role: {error}</source>
        <translation>Kan inte spara rollen: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="253"/>
        <source>Cannot read the sessions: {error}</source>
        <translation>Kan inte läsa samtalen: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="292"/>
        <source>{shown} session</source>
        <translation>{shown} samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="292"/>
        <source>{shown} sessions</source>
        <translation>{shown} samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="295"/>
        <source>{shown} of {total} session match</source>
        <translation>{shown} av {total} samtal matchar</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="297"/>
        <source>{shown} of {total} sessions match</source>
        <translation>{shown} av {total} samtal matchar</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="366"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="385"/>
        <source>Exported {count} session(s) to {path}.</source>
        <translation>Exporterade {count} samtal till {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="398"/>
        <source>Imported {count} session(s) from {file}; {skipped} were already here.</source>
        <translation>Importerade {count} samtal från {file}; {skipped} fanns redan här.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="410"/>
        <source>Saved {count} session(s) to {path}.</source>
        <translation>Sparade {count} samtal i {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="423"/>
        <source>Saved the report to {path}.</source>
        <translation>Sparade rapporten i {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="429"/>
        <source>Only a trainer can delete calls.</source>
        <translation>Bara en tränare kan radera samtal.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="434"/>
        <source>That call is still going on in the Practice tab: hang up first.</source>
        <translation>Det samtalet pågår fortfarande under fliken Öva: lägg på först.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="456"/>
        <source>Deleted {count} of {total} session(s): {error}</source>
        <translation>Raderade {count} av {total} samtal: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="461"/>
        <source>Deleted {count} session(s).</source>
        <translation>Raderade {count} samtal.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="466"/>
        <source>Cannot delete: {error}</source>
        <translation>Kan inte radera: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="474"/>
        <location filename="../review/workspace.py" line="510"/>
        <source>Select one or more sessions in the list first.</source>
        <translation>Markera först ett eller flera samtal i listan.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="478"/>
        <source>Delete this session for good? Transcripts, scores, trainer feedback and kept audio go with them. Export a bundle first to keep a copy.</source>
        <translation>Radera det här samtalet för gott? Utskrift, poäng, tränarens återkoppling och sparat ljud försvinner med det. Exportera ett paket först om du vill ha en kopia.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="483"/>
        <source>Delete these {count} sessions for good? Transcripts, scores, trainer feedback and kept audio go with them. Export a bundle first to keep a copy.</source>
        <translation>Radera de här {count} samtalen för gott? Utskrifter, poäng, tränarens återkoppling och sparat ljud försvinner med dem. Exportera ett paket först om du vill ha en kopia.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="489"/>
        <source>Delete sessions</source>
        <translation>Radera samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="500"/>
        <source>Import sessions</source>
        <translation>Importera samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="502"/>
        <source>Trainer bundles (*.zip);;All files (*)</source>
        <translation>Trainer-paket (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="514"/>
        <source>Export sessions</source>
        <translation>Exportera samtal</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="516"/>
        <source>Trainer bundles (*.zip)</source>
        <translation>Trainer-paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="523"/>
        <source>Save list as CSV</source>
        <translation>Spara listan som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="533"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../review/roles.py" line="20"/>
        <source>Database owner: you can comment, override scores, mark calls reviewed and delete them, and set up the team.</source>
        <translation>Databasens ägare: du kan kommentera, ändra poäng, markera samtal som granskade och radera dem, och sätta upp teamet.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="25"/>
        <source>Trainer: you can comment, override scores, mark calls reviewed and delete them.</source>
        <translation>Tränare: du kan kommentera, ändra poäng, markera samtal som granskade och radera dem.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="28"/>
        <source>Trainee: you can read your calls and the feedback on them; reviewing is your trainer&apos;s.</source>
        <translation>Säljare: du kan läsa dina samtal och återkopplingen på dem; granskningen gör din tränare.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="32"/>
        <source>Who uses Trainer on this computer? A trainer reviews calls: comments, overrides scores, marks calls reviewed, deletes them. A trainee reads their calls and the feedback on them. Until you choose, calls are shown read-only.</source>
        <translation>Vem använder Trainer på den här datorn? En tränare granskar samtal: kommenterar, ändrar poäng, markerar samtal som granskade och raderar dem. En säljare läser sina samtal och återkopplingen på dem. Tills du har valt visas samtalen bara för läsning.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="39"/>
        <source>Set by your team&apos;s database server, which enforces it: it refuses what your role may not do.</source>
        <translation>Bestäms av ditt teams databasserver, som ser till att den följs: den nekar det din roll inte får göra.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="43"/>
        <source>This computer&apos;s own database: the role is this computer&apos;s choice (File → Settings → Role), not a lock. For roles a server enforces, use a team database.</source>
        <translation>Den här datorns egen databas: rollen är ett val för den här datorn (Arkiv → Inställningar → Roll), inget lås. För roller som en server ser till att följs, använd en teamdatabas.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../review/session_model.py" line="32"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="33"/>
        <source>Persona</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="34"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="35"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="36"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="37"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="38"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="39"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="40"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="116"/>
        <source>Cannot read the session list: {error}</source>
        <translation>Kan inte läsa listan över samtal: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="224"/>
        <source>Session {id} · {count} turns · {language} · reviewed</source>
        <translation>Samtal {id} · {count} repliker · {language} · granskat</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="226"/>
        <source>Session {id} · {count} turns · {language}</source>
        <translation>Samtal {id} · {count} repliker · {language}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../review/session_view.py" line="116"/>
        <source>Pick a session in the list to review it.</source>
        <translation>Välj ett samtal i listan för att granska det.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="131"/>
        <source>Reviewed</source>
        <translation>Granskat</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="318"/>
        <source>Mark the session as reviewed by a trainer</source>
        <translation>Markera samtalet som granskat av en tränare</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="132"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="57"/>
        <source>The automatic score is kept; the trainer&apos;s score is shown beside it.</source>
        <translation>Den automatiska poängen behålls; tränarens poäng visas bredvid.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="134"/>
        <source>Save this session as a printable HTML or PDF report</source>
        <translation>Spara samtalet som en utskrivbar rapport i HTML eller PDF</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="137"/>
        <source>Score now</source>
        <translation>Poängsätt nu</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="138"/>
        <source>Score this call with the current scorer</source>
        <translation>Poängsätt samtalet med den nuvarande poängmodellen</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="152"/>
        <location filename="../review/session_view.py" line="725"/>
        <source>Click a turn number to comment on it or play it.</source>
        <translation>Klicka på ett repliknummer för att kommentera eller spela upp repliken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="154"/>
        <source>Comment on the selected turn…</source>
        <translation>Kommentera den valda repliken…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="156"/>
        <source>Comment</source>
        <translation>Kommentera</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="158"/>
        <source>▶ Play</source>
        <translation>▶ Spela</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="159"/>
        <location filename="../review/session_view.py" line="728"/>
        <source>Play the selected turn&apos;s kept audio</source>
        <translation>Spela upp det sparade ljudet för den valda repliken</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="182"/>
        <source>Reason (required): why is it fairer?</source>
        <translation>Motivering (krävs): varför är det rättvisare?</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="184"/>
        <source>Override</source>
        <translation>Ändra poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="196"/>
        <source>A comment on the whole call…</source>
        <translation>En kommentar om hela samtalet…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="199"/>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="250"/>
        <source>OVERRIDE A SCORE</source>
        <translation>ÄNDRA EN POÄNG</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="279"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="280"/>
        <location filename="../review/session_view.py" line="688"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="283"/>
        <source>Score card</source>
        <translation>Poängkort</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="320"/>
        <source>Only a trainer can mark a call reviewed</source>
        <translation>Bara en tränare kan markera ett samtal som granskat</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="361"/>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="374"/>
        <source>Scoring…</source>
        <translation>Poängsätter…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="385"/>
        <source>Cannot score the call: {error}</source>
        <translation>Kan inte poängsätta samtalet: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="399"/>
        <source>Cannot open the session: {error}</source>
        <translation>Kan inte öppna samtalet: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="430"/>
        <source>The score card cannot show this score ({error}).</source>
        <translation>Poängkortet kan inte visa den här poängen ({error}).</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="461"/>
        <source>{count} turns</source>
        <translation>{count} repliker</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="473"/>
        <source>Imported · the sender&apos;s score was {score}</source>
        <translation>Importerat · avsändarens poäng var {score}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="484"/>
        <source>With the trainer&apos;s corrections; automatic: {score}</source>
        <translation>Med tränarens ändringar; automatiskt: {score}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="496"/>
        <source>This session has not been scored yet.</source>
        <translation>Samtalet har inte poängsatts än.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="500"/>
        <source>Totals include the trainer&apos;s corrections (automatic: {needs} {needs_score} · {time} {time_score} · {overall} {overall_score})</source>
        <translation>Summorna tar med tränarens ändringar (automatiskt: {needs} {needs_score} · {time} {time_score} · {overall} {overall_score})</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="528"/>
        <source>Trainee</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="528"/>
        <source>Prospect</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="539"/>
        <source>cut off</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>earned points</source>
        <translation>gav poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>lost points</source>
        <translation>kostade poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>both</source>
        <translation>båda</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="555"/>
        <source>hover a turn number for the criteria</source>
        <translation>håll pekaren över ett repliknummer för att se kriterierna</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="566"/>
        <source>No turns were stored for this call.</source>
        <translation>Inga repliker sparades för samtalet.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="626"/>
        <source>Tip: {tip}</source>
        <translation>Tips: {tip}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="629"/>
        <source>Trainer ({author}): {score}: {reason}</source>
        <translation>Tränare ({author}): {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="631"/>
        <source>Trainer: {score}: {reason}</source>
        <translation>Tränare: {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="659"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="661"/>
        <source>Turn #{number}</source>
        <translation>Replik #{number}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="671"/>
        <source>Override {criterion}: {auto} → {score}: {reason}</source>
        <translation>Ändrad poäng {criterion}: {auto} → {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="681"/>
        <source>No feedback yet.</source>
        <translation>Ingen återkoppling än.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="686"/>
        <source>Comments ({count})</source>
        <translation>Kommentarer ({count})</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="715"/>
        <source>Turn #{number} (trainee)</source>
        <translation>Replik #{number} (säljaren)</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="717"/>
        <source>Turn #{number} (prospect)</source>
        <translation>Replik #{number} (kunden)</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="723"/>
        <source>Click a turn number to play it.</source>
        <translation>Klicka på ett repliknummer för att spela upp repliken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="730"/>
        <source>No audio was kept for this turn</source>
        <translation>Inget ljud sparades för den här repliken</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="742"/>
        <source>No criterion cites this turn.</source>
        <translation>Inget kriterium hänvisar till den här repliken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="809"/>
        <source>Only a trainer can override scores</source>
        <translation>Bara en tränare kan ändra poäng</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="817"/>
        <source>Give a reason first</source>
        <translation>Skriv en motivering först</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="37"/>
        <source>Automatic (LLM when a server or key is set, else offline)</source>
        <translation>Automatisk (LLM när en server eller nyckel är angiven, annars offline)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Offline scripted (no network, deterministic)</source>
        <translation>Offline med manus (inget nätverk, samma svar varje gång)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="45"/>
        <source>LLM (OpenAI or a compatible server)</source>
        <translation>LLM (OpenAI eller en kompatibel server)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Trainee: practise and read the feedback</source>
        <translation>Säljare: öva och läs återkopplingen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Trainer: comment, override, mark reviewed and delete calls</source>
        <translation>Tränare: kommentera, ändra poäng, markera som granskat och radera samtal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>System</source>
        <translation>Systemets</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Connected to {server}, but it does not list the model {model} (it has: {models}).</source>
        <translation>Ansluten till {server}, men den listar inte modellen {model} (den har: {models}).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97"/>
        <source>Connected to {server}; model {model} is available.</source>
        <translation>Ansluten till {server}; modellen {model} finns.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>Prospect engine</source>
        <translation>Kundens motor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>empty = OpenAI; e.g. http://localhost:11434/v1 (Ollama)</source>
        <translation>tomt = OpenAI; t.ex. http://localhost:11434/v1 (Ollama)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="143"/>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>not needed for local servers</source>
        <translation>behövs inte för lokala servrar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Reply timeout</source>
        <translation>Väntetid för svar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Exam mode: hide the patience meter during calls</source>
        <translation>Provläge: dölj tålamodsmätaren under samtal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Practice</source>
        <translation>Öva</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Ljud av: bara text, kunden pratar inte</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183"/>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="188"/>
        <source>Interface language</source>
        <translation>Språk i appen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="190"/>
        <source>A new interface language applies when you restart the app.</source>
        <translation>Det nya språket gäller när du startar om appen.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="204"/>
        <source>Not chosen yet (calls are shown read-only)</source>
        <translation>Inte vald än (samtalen visas bara för läsning)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="208"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="216"/>
        <source>Your team&apos;s database server decides who you are and enforces it; this choice is for this computer&apos;s own database.</source>
        <translation>Ditt teams databasserver bestämmer vem du är och ser till att det följs; det här valet gäller den här datorns egen databas.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="223"/>
        <source>Who uses this computer&apos;s own database. It decides what the Review tab offers; it is a choice, not a lock.</source>
        <translation>Vem som använder den här datorns egen databas. Det avgör vad fliken Granska erbjuder; det är ett val, inget lås.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="232"/>
        <source>The API key is kept in the system keyring when one is available. OPENAI_BASE_URL, OPENAI_API_KEY and TRAINER_LLM_MODEL override these fields.</source>
        <translation>API-nyckeln sparas i systemets nyckelring när det finns en. OPENAI_BASE_URL, OPENAI_API_KEY och TRAINER_LLM_MODEL går före de här fälten.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="294"/>
        <source>This server does not serve {model}; Model is set to {first}, the first it lists ({models}). Pick another in Model if you like.</source>
        <translation>Den här servern har inte {model}; Modell är satt till {first}, den första den listar ({models}). Välj en annan under Modell om du vill.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="297"/>
        <source>a default model</source>
        <translation>en standardmodell</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="303"/>
        <source>This server does not list {model}; it has: {models}. Pick one in Model.</source>
        <translation>Den här servern listar inte {model}; den har: {models}. Välj en under Modell.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="313"/>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="324"/>
        <source>The test failed ({error}).</source>
        <translation>Testet misslyckades ({error}).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="344"/>
        <source>Could not save the settings: {error}</source>
        <translation>Inställningarna kunde inte sparas: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../transcript_view.py" line="92"/>
        <source>Prospect</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="92"/>
        <location filename="../transcript_view.py" line="108"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="99"/>
        <source>Pick a persona and press Call. The prospect answers first.</source>
        <translation>Välj en kund och tryck på Ring. Kunden svarar först.</translation>
    </message>
</context>
<context>
    <name>TurnAudio</name>
    <message>
        <location filename="../review/turn_audio.py" line="45"/>
        <location filename="../review/turn_audio.py" line="60"/>
        <source>No audio was kept for turn {number}.</source>
        <translation>Inget ljud sparades för replik {number}.</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="49"/>
        <source>Playing turn {number}…</source>
        <translation>Spelar upp replik {number}…</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="87"/>
        <source>Audio: {error}</source>
        <translation>Ljud: {error}</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="90"/>
        <source>Audio playback is unavailable here ({error}); the transcript is all there is.</source>
        <translation>Ljuduppspelning går inte här ({error}); utskriften är allt som finns.</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="93"/>
        <source>Audio playback failed ({error}).</source>
        <translation>Ljuduppspelningen misslyckades ({error}).</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <location filename="../voice_panel.py" line="151"/>
        <source>Hold to talk (Space)</source>
        <translation>Håll ned för att prata (mellanslag)</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="154"/>
        <source>Hold the button, or hold Space when the text box is not focused</source>
        <translation>Håll ned knappen, eller mellanslag när textrutan inte har fokus</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="163"/>
        <source>Mute</source>
        <translation>Ljud av</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="164"/>
        <source>Text only: the prospect does not speak</source>
        <translation>Bara text: kunden pratar inte</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="269"/>
        <source>Speech input is off (Settings → Audio): type your lines.</source>
        <translation>Taligenkänningen är av (Inställningar → Ljud): skriv dina repliker.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="294"/>
        <source>Paused: not listening</source>
        <translation>Pausat: lyssnar inte</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="347"/>
        <source>the {name} voice</source>
        <translation>rösten {name}</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="368"/>
        <source>Ready: {what}.</source>
        <translation>Klart: {what}.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="382"/>
        <source>Fetching {what} (first use only): {percent} %</source>
        <translation>Hämtar {what} (bara första gången): {percent} %</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="416"/>
        <source>Typing only: the microphone failed ({error}).</source>
        <translation>Bara skrivande: mikrofonen fungerade inte ({error}).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="488"/>
        <source>Prospect heard after {seconds} s</source>
        <translation>Kunden hördes efter {seconds} s</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="515"/>
        <source>Could not save the mute setting ({error}).</source>
        <translation>Inställningen för ljud av kunde inte sparas ({error}).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="529"/>
        <source>Paused: press Resume to talk</source>
        <translation>Pausat: tryck på Fortsätt för att prata</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="541"/>
        <source>Listening…</source>
        <translation>Lyssnar…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="551"/>
        <source>the {name} model</source>
        <translation>modellen {name}</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="568"/>
        <source>Transcribing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="596"/>
        <source>Didn&apos;t catch that: hold to talk again, or type.</source>
        <translation>Uppfattade inte det: håll ned för att prata igen, eller skriv.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="619"/>
        <source>Transcription failed ({error}): type your line instead.</source>
        <translation>Utskriften misslyckades ({error}): skriv din replik i stället.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="71"/>
        <location filename="../app.py" line="90"/>
        <source>Trainer cannot open its data</source>
        <translation>Trainer kan inte öppna sina data</translation>
    </message>
    <message>
        <location filename="../app.py" line="80"/>
        <source>No usable persona files were found; add one to the personas folder.</source>
        <translation>Inga användbara kundfiler hittades; lägg en i mappen personas.</translation>
    </message>
</context>
</TS>
