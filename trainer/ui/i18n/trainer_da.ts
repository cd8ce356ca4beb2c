<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AudioLines</name>
    <message>
        <location filename="../voice_panel.py" line="59"/>
        <source>Text only</source>
        <translation>Kun tekst</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="60"/>
        <source>Typing only</source>
        <translation>Kun skrivning</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="63"/>
        <source>the PortAudio library is missing (install libportaudio2).</source>
        <translation>biblioteket PortAudio mangler (installér libportaudio2).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="64"/>
        <source>the sounddevice package is missing (pip install sounddevice).</source>
        <translation>pakken sounddevice mangler (pip install sounddevice).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="67"/>
        <source>the sound system did not start. Check that PulseAudio or PipeWire is running, then try again in File → Audio…</source>
        <translation>lydsystemet startede ikke. Tjek, at PulseAudio eller PipeWire kører, og prøv så igen under Filer → Lyd…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="72"/>
        <source>no microphone found (connect one or start PulseAudio/PipeWire).</source>
        <translation>ingen mikrofon fundet (tilslut en, eller start PulseAudio/PipeWire).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="75"/>
        <source>no speaker found (connect one or start PulseAudio/PipeWire).</source>
        <translation>ingen højttaler fundet (tilslut en, eller start PulseAudio/PipeWire).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="76"/>
        <source>espeak-ng is not installed (install the espeak-ng package).</source>
        <translation>espeak-ng er ikke installeret (installér pakken espeak-ng).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="77"/>
        <source>no microphone answered. Check that the sound system (PulseAudio or PipeWire) is running and a microphone is connected, or choose another in File → Audio…</source>
        <translation>ingen mikrofon svarede. Tjek, at lydsystemet (PulseAudio eller PipeWire) kører, og at en mikrofon er tilsluttet, eller vælg en anden under Filer → Lyd…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="82"/>
        <source>no speaker answered. Check that the sound system (PulseAudio or PipeWire) is running and a speaker is connected, or choose another in File → Audio…</source>
        <translation>ingen højttaler svarede. Tjek, at lydsystemet (PulseAudio eller PipeWire) kører, og at en højttaler er tilsluttet, eller vælg en anden under Filer → Lyd…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="87"/>
        <source>the speech voice did not start (is espeak-ng installed?).</source>
        <translation>talestemmen startede ikke (er espeak-ng installeret?).</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <location filename="../audio_settings.py" line="47"/>
        <source>Enough for English; rough for Swedish and Danish. Fast on any computer.</source>
        <translation>Nok til engelsk; groft til svensk og dansk. Hurtig på enhver computer.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="51"/>
        <source>The smallest that understands Swedish and Danish well; about three times slower.</source>
        <translation>Den mindste, der forstår svensk og dansk godt; cirka tre gange langsommere.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="55"/>
        <source>Best for Swedish and Danish; needs a fast computer (a second or more per turn).</source>
        <translation>Bedst til svensk og dansk; kræver en hurtig computer (et sekund eller mere pr. replik).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="69"/>
        <source>Offline (Whisper): Swedish, Danish and English; fetched once</source>
        <translation>Offline (Whisper): svensk, dansk og engelsk; hentes én gang</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="75"/>
        <source>Offline (pocketsphinx): small, English-only and rough</source>
        <translation>Offline (pocketsphinx): lille, kun engelsk og grov</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="81"/>
        <source>OpenAI-compatible server (/audio/transcriptions, e.g. Whisper)</source>
        <translation>OpenAI-kompatibel server (/audio/transcriptions, f.eks. Whisper)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="85"/>
        <source>Off: type every line</source>
        <translation>Fra: skriv hver replik</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="92"/>
        <source>the system&apos;s sound output</source>
        <translation>systemets lydudgang</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="100"/>
        <source>Swedish model</source>
        <translation>Model til svensk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="101"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="105"/>
        <source>Danish model</source>
        <translation>Model til dansk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="106"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="110"/>
        <source>English model</source>
        <translation>Model til engelsk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="111"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="145"/>
        <source>Played on {device} with the {voice} voice.</source>
        <translation>Afspillet på {device} med stemmen {voice}.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="165"/>
        <source>Nothing to fetch.</source>
        <translation>Intet at hente.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="166"/>
        <source>Ready without a network: {names}.</source>
        <translation>Klar til brug uden netværk: {names}.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="181"/>
        <source>Audio settings</source>
        <translation>Lydindstillinger</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="199"/>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="202"/>
        <source>Speak a test phrase</source>
        <translation>Sig en testsætning</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="204"/>
        <source>Speaker</source>
        <translation>Højttaler</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="207"/>
        <source>Record {seconds} s and play back</source>
        <translation>Optag {seconds} s og afspil</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="210"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="212"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="215"/>
        <source>Prospect&apos;s voice</source>
        <translation>Kundens stemme</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="221"/>
        <source>Persona</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="224"/>
        <source>Voice</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="227"/>
        <source> % of normal</source>
        <translation> % af normal</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="229"/>
        <source>Try</source>
        <translation>Prøv</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="231"/>
        <source>Rate</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="232"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Lyd fra: kun tekst, kunden taler ikke</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="237"/>
        <source>Your speech</source>
        <translation>Din tale</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="244"/>
        <source>Recognition</source>
        <translation>Talegenkendelse</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="247"/>
        <source>empty: the LLM server&apos;s URL (Ollama has no transcription)</source>
        <translation>tom: LLM-serverens URL (Ollama har ingen transskription)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="249"/>
        <source>Server URL</source>
        <translation>Serverens URL</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="251"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="272"/>
        <source>optional: a folder with Whisper models or Piper voices you downloaded yourself</source>
        <translation>valgfrit: en mappe med Whisper-modeller eller Piper-stemmer, du selv har hentet</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="275"/>
        <source>Own models</source>
        <translation>Egne modeller</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="276"/>
        <source>Fetch the models now</source>
        <translation>Hent modellerne nu</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="283"/>
        <source>Keep each turn&apos;s audio with the session (for review)</source>
        <translation>Gem lyden af hver replik sammen med opkaldet (til gennemgang)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="327"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="336"/>
        <source>{device} (not connected)</source>
        <translation>{device} (ikke tilsluttet)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="362"/>
        <source>The test failed ({error}).</source>
        <translation>Testen mislykkedes ({error}).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="369"/>
        <source>Speaking a test phrase…</source>
        <translation>Siger en testsætning…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="382"/>
        <source>Trying the voice…</source>
        <translation>Prøver stemmen…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="401"/>
        <source>Recording {seconds} s: say something…</source>
        <translation>Optager {seconds} s: sig noget…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="433"/>
        <source>Recorded only silence: check the microphone and its volume.</source>
        <translation>Optog kun stilhed: tjek mikrofonen og dens lydstyrke.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="437"/>
        <source>Recorded {seconds} s (level {level} %) and played it back.</source>
        <translation>Optog {seconds} s (niveau {level} %) og afspillede det.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="442"/>
        <source>Playing the recording back…</source>
        <translation>Afspiller optagelsen…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="459"/>
        <source>No voices ({error}).</source>
        <translation>Ingen stemmer ({error}).</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="469"/>
        <source>Automatic (from the persona&apos;s language)</source>
        <translation>Automatisk (efter kundens sprog)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="477"/>
        <source>{voice} (Piper, natural; {megabytes} MB, fetched once)</source>
        <translation>{voice} (Piper, naturlig; {megabytes} MB, hentes én gang)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="485"/>
        <source>{voice} (not on this machine)</source>
        <translation>{voice} (findes ikke på denne computer)</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="536"/>
        <source>A Swedish fine-tune such as KB-Whisper (in CTranslate2 form) works too: put its folder in Own models.</source>
        <translation>En svensk finjustering som KB-Whisper (i CTranslate2-format) virker også: angiv dens mappe under Egne modeller.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="565"/>
        <source>Every chosen model is on this machine already.</source>
        <translation>Alle valgte modeller findes allerede på denne computer.</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="568"/>
        <source>Fetching {models}…</source>
        <translation>Henter {models}…</translation>
    </message>
    <message>
        <location filename="../audio_settings.py" line="632"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Indstillingerne kunne ikke gemmes ({error}); de gælder, indtil du afslutter.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../call_view.py" line="138"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>CallCoach</name>
    <message>
        <location filename="../coach_controls.py" line="246"/>
        <source>No hints this time: {error}</source>
        <translation>Ingen hjælp denne gang: {error}</translation>
    </message>
    <message>
        <location filename="../coach_controls.py" line="282"/>
        <source>Rewound. {name}, again: “{line}”</source>
        <translation>Spolet tilbage. {name} igen: »{line}«</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="73"/>
        <source>Meeting booked</source>
        <translation>Møde booket</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="74"/>
        <source>Call-back agreed</source>
        <translation>Opkald aftalt</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="76"/>
        <source>You ended the call without a next step</source>
        <translation>Du afsluttede opkaldet uden et næste skridt</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="80"/>
        <source>The prospect hung up</source>
        <translation>Kunden lagde på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="82"/>
        <source>The LLM failed; the call is kept as failed</source>
        <translation>LLM&apos;en svigtede; opkaldet gemmes som mislykket</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="86"/>
        <source>Not finished</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="229"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="232"/>
        <source>Pick your profile, or type a new name to create one</source>
        <translation>Vælg din profil, eller skriv et nyt navn for at oprette en</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="239"/>
        <location filename="../call_view.py" line="1043"/>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="246"/>
        <source>Start the call (Ctrl+Enter)</source>
        <translation>Start opkaldet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="248"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="249"/>
        <source>Persona</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="282"/>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="287"/>
        <source>End the call now; it is saved and scored ({key})</source>
        <translation>Afslut opkaldet nu; det gemmes og får point ({key})</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="293"/>
        <source>Exam mode</source>
        <translation>Eksamenstilstand</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="294"/>
        <source>Hide the patience meter, as in a real call</source>
        <translation>Skjul tålmodighedsmåleren, som i et rigtigt opkald</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="337"/>
        <source>Type your line. Enter sends, Shift+Enter for a new line.</source>
        <translation>Skriv din replik. Enter sender, Skift+Enter giver ny linje.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="341"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="416"/>
        <source>Offline scripted</source>
        <translation>Offline, manuskript</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="434"/>
        <source>Could not save the settings ({error}); they apply until you quit.</source>
        <translation>Indstillingerne kunne ikke gemmes ({error}); de gælder, til du lukker.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="512"/>
        <source>Type your name in the Trainee box first (it keeps your calls together).</source>
        <translation>Skriv først dit navn i feltet Sælger (så holdes dine opkald samlet).</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="523"/>
        <location filename="../call_view.py" line="864"/>
        <source>Use offline engine</source>
        <translation>Brug offlinemotoren</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="524"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="550"/>
        <source>Could not start the call: {error}</source>
        <translation>Opkaldet kunne ikke starte: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="528"/>
        <source>Calling {name}, {company}</source>
        <translation>Ringer til {name}, {company}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="615"/>
        <source>Drill: a short call with {name} on one thing</source>
        <translation>Øvelse: et kort opkald med {name} om én ting</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="623"/>
        <source>Drill: your call of {time} again, from just before turn {n}</source>
        <translation>Øvelse: dit opkald fra {time} igen, fra lige før replik {n}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="746"/>
        <source>Every turn is saved now.</source>
        <translation>Alle replikker er gemt nu.</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="862"/>
        <source>Retry reply</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="981"/>
        <source>Call ended: {outcome}</source>
        <translation>Opkaldet er slut: {outcome}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="983"/>
        <source>Call again</source>
        <translation>Ring igen</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1057"/>
        <source>Scoring the call…</source>
        <translation>Giver opkaldet point…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1085"/>
        <source>Asking the LLM judge for a second opinion…</source>
        <translation>Beder LLM-dommeren om en second opinion…</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1097"/>
        <source>The LLM judge could not give a second opinion: {error}</source>
        <translation>LLM-dommeren kunne ikke give en second opinion: {error}</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="1106"/>
        <source>The call is saved but could not be scored: {error}</source>
        <translation>Opkaldet er gemt, men kunne ikke få point: {error}</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../coach_panel.py" line="42"/>
        <source>Opener</source>
        <translation>Åbning</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="43"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="44"/>
        <source>Discovery</source>
        <translation>Behovsafdækning</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="45"/>
        <source>Objections</source>
        <translation>Indvendinger</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="46"/>
        <source>Next step</source>
        <translation>Næste skridt</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="196"/>
        <source>Stop the prospect, stop listening and freeze the clock ({key})</source>
        <translation>Stop kunden, stop med at lytte og frys uret ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="201"/>
        <source>Hint</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="204"/>
        <source>Three lines you could say next ({key})</source>
        <translation>Tre replikker, du kan sige som det næste ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="207"/>
        <source>Rewind</source>
        <translation>Spol tilbage</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="210"/>
        <source>Take back your last line and the prospect&apos;s reply ({key})</source>
        <translation>Tag din seneste replik og kundens svar tilbage ({key})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="234"/>
        <source>Your talk share: – (aim for {low}–{high}%)</source>
        <translation>Din andel af snakken: – (sigt efter {low}–{high} %)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="240"/>
        <source>Your talk share: {share}% of the {unit} (aim for {low}–{high}%)</source>
        <translation>Din andel af snakken: {share} % regnet i {unit} (sigt efter {low}–{high} %)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="250"/>
        <source>This turn: {words} words, {seconds} s (limit about {word_limit} words or {seconds_limit} s)</source>
        <translation>Denne replik: {words} ord, {seconds} s (grænse omkring {word_limit} ord eller {seconds_limit} s)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="262"/>
        <source>This turn: {words} words (limit about {word_limit})</source>
        <translation>Denne replik: {words} ord (grænse omkring {word_limit})</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="270"/>
        <source>Questions: {open} open · {closed} closed</source>
        <translation>Åbne spørgsmål: {open} · lukkede: {closed}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="290"/>
        <source>Put this line in the text box</source>
        <translation>Sæt replikken i tekstfeltet</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="309"/>
        <source>This call was a drill of an earlier call</source>
        <translation>Dette opkald var en øvelse på et tidligere opkald</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="311"/>
        <source>This call was a drill of your call at {time}</source>
        <translation>Dette opkald var en øvelse på dit opkald kl. {time}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="319"/>
        <source>Drill: {text}</source>
        <translation>Øvelse: {text}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="338"/>
        <location filename="../coach_panel.py" line="343"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="361"/>
        <source>Turn {n}</source>
        <translation>Replik {n}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="368"/>
        <source>Coaching used: {pauses} pause(s), {hints} hint(s), {rewinds} rewind(s)</source>
        <translation>Brugt coaching: {pauses} pause(r), {hints} hjælp, {rewinds} tilbagespolning(er)</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="373"/>
        <source>THE MOMENTS THAT COST MOST</source>
        <translation>DE ØJEBLIKKE, DER KOSTEDE MEST</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="382"/>
        <source>Drill</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="385"/>
        <source>Replay from turn {n}</source>
        <translation>Spil igen fra replik {n}</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="386"/>
        <source>Call again from just before turn {n} and try the better line</source>
        <translation>Ring igen fra lige før replik {n}, og prøv den bedre replik</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="389"/>
        <source>Start a focused call</source>
        <translation>Start et fokuseret opkald</translation>
    </message>
    <message>
        <location filename="../coach_panel.py" line="390"/>
        <source>A new call with the same prospect, on one thing</source>
        <translation>Et nyt opkald med samme kunde, om én ting</translation>
    </message>
</context>
<context>
    <name>FeedbackHint</name>
    <message>
        <location filename="../feedback_hint.py" line="74"/>
        <source>Your trainer left feedback on your call.</source>
        <translation>Din træner har givet feedback på dit opkald.</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="76"/>
        <source>Your trainer left feedback on {feedback} of your {calls} calls.</source>
        <translation>Din træner har givet feedback på {feedback} af dine {calls} opkald.</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="79"/>
        <source>Read it</source>
        <translation>Læs den</translation>
    </message>
    <message>
        <location filename="../feedback_hint.py" line="82"/>
        <source>Opens {name}&apos;s calls with feedback in the Review tab, to read</source>
        <translation>Åbner opkaldene med feedback for {name} under fanen Gennemgå, til læsning</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../review/filter_bar.py" line="56"/>
        <source>Words said in the call…</source>
        <translation>Ord, der blev sagt i opkaldet…</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="62"/>
        <source>Any outcome</source>
        <translation>Alle udfald</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="67"/>
        <source>Reviewed or not</source>
        <translation>Gennemgået eller ej</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="68"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="69"/>
        <source>Not reviewed</source>
        <translation>Ikke gennemgået</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="70"/>
        <source>With trainer feedback</source>
        <translation>Med feedback fra træner</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="74"/>
        <source>The reviewed mark, or sessions with a trainer&apos;s comment or score override</source>
        <translation>Markeringen som gennemgået, eller opkald med en kommentar eller rettet score fra en træner</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="81"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="82"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="88"/>
        <source>Overall score range</source>
        <translation>Interval for samlet score</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="89"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="90"/>
        <source>Show every session again</source>
        <translation>Vis alle opkald igen</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="101"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="106"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="128"/>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="131"/>
        <source>{what} (local days; pick the earliest date for &apos;any&apos;)</source>
        <translation>{what} (lokale dage; vælg den tidligste dato for &apos;alle&apos;)</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="140"/>
        <source>All trainees</source>
        <translation>Alle sælgere</translation>
    </message>
    <message>
        <location filename="../review/filter_bar.py" line="141"/>
        <source>All personas</source>
        <translation>Alle kunder</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../guide.py" line="15"/>
        <source>Start the call (again)</source>
        <translation>Start opkaldet (igen)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="16"/>
        <source>Send your line</source>
        <translation>Send din replik</translation>
    </message>
    <message>
        <location filename="../guide.py" line="17"/>
        <source>A new line in your text</source>
        <translation>En ny linje i din tekst</translation>
    </message>
    <message>
        <location filename="../guide.py" line="19"/>
        <source>Space (held)</source>
        <translation>Mellemrum (holdt nede)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="20"/>
        <source>Talk, when the text box is not focused; let go and your words are sent</source>
        <translation>Tal, når tekstfeltet ikke har fokus; slip, så bliver dine ord sendt</translation>
    </message>
    <message>
        <location filename="../guide.py" line="24"/>
        <source>Hang up: the call is saved and scored</source>
        <translation>Læg på: opkaldet gemmes og får point</translation>
    </message>
    <message>
        <location filename="../guide.py" line="27"/>
        <source>Pause a coached call (the prospect stops, the clock too)</source>
        <translation>Sæt et coachet opkald på pause (kunden tier, uret står stille)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="29"/>
        <source>Hint: three lines you could say next</source>
        <translation>Hjælp: tre replikker, du kan sige som det næste</translation>
    </message>
    <message>
        <location filename="../guide.py" line="30"/>
        <source>Rewind: take back your last line and the reply</source>
        <translation>Spol tilbage: tag din seneste replik og svaret tilbage</translation>
    </message>
    <message>
        <location filename="../guide.py" line="31"/>
        <source>Start the drill offered after a coached call</source>
        <translation>Start den øvelse, der foreslås efter et coachet opkald</translation>
    </message>
    <message>
        <location filename="../guide.py" line="32"/>
        <source>Delete the selected sessions (in the Review list)</source>
        <translation>Slet de valgte opkald (på listen under Gennemgå)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="33"/>
        <source>Quit (during a call it asks first)</source>
        <translation>Afslut (under et opkald spørger appen først)</translation>
    </message>
    <message>
        <location filename="../guide.py" line="35"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../guide.py" line="37"/>
        <source>&lt;h3&gt;A call&lt;/h3&gt;
&lt;p&gt;In &lt;b&gt;Practice&lt;/b&gt;, type your name under &lt;i&gt;Trainee&lt;/i&gt;, pick a &lt;i&gt;Persona&lt;/i&gt; (the card says whom you call and your brief; &lt;i&gt;Outbound&lt;/i&gt;: you call them, &lt;i&gt;Inbound&lt;/i&gt;: they call you) and press &lt;b&gt;Call&lt;/b&gt;. The prospect answers first. Type and press Enter, or hold Space to speak. The patience meter shows how the prospect feels and why it moved (&lt;i&gt;Exam mode&lt;/i&gt; hides it). &lt;b&gt;Hang up&lt;/b&gt; ends the call at any time; every turn is saved as soon as it is said.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Et opkald&lt;/h3&gt;
&lt;p&gt;Under &lt;b&gt;Øv&lt;/b&gt; skriver du dit navn ved &lt;i&gt;Sælger&lt;/i&gt;, vælger en &lt;i&gt;Kunde&lt;/i&gt; (kortet viser, hvem du ringer til, og din opgave; &lt;i&gt;Udgående&lt;/i&gt;: du ringer til dem, &lt;i&gt;Indgående&lt;/i&gt;: de ringer til dig) og trykker på &lt;b&gt;Ring op&lt;/b&gt;. Kunden svarer først. Skriv og tryk på Enter, eller hold mellemrum nede for at tale. Tålmodighedsmåleren viser, hvordan kunden har det, og hvorfor den ændrede sig (&lt;i&gt;Eksamenstilstand&lt;/i&gt; skjuler den). &lt;b&gt;Læg på&lt;/b&gt; afslutter opkaldet når som helst; hver replik gemmes, så snart den er sagt.&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;Hvad pointene betyder&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Behov&lt;/b&gt; (0 til 100): fandt du ud af, hvad kunden har brug for? Åbne spørgsmål om deres situation, opfølgende spørgsmål på det, de lige har sagt, skjulte behov, der kom frem, intet salgspitch, før du har spurgt, at du fandt ud af, hvad der lå bag et »nej«, og et konkret næste skridt på et bestemt tidspunkt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Tid&lt;/b&gt; (0 til 100): respekterede du kundens tid? Grunden til opkaldet tidligt og kort, at du anerkendte, at du forstyrrer, intet »har du hørt om os?«, ingen brochuresprog eller buzzwords, at du gjorde det kort eller tilbød at ringe tilbage, når de har travlt, din andel af snakken.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Samlet&lt;/b&gt; vejer de to sammen. Grøn er godt (60 og derover), gul jævnt (30 og derover), rød svagt.&lt;/li&gt;
&lt;li&gt;Hvert kriterium viser sine point og de replikker (#1 er den første), der gav eller kostede dem; klik på et for at springe til dets replik. &lt;i&gt;ikke relevant&lt;/i&gt;: opkaldet gav ingen anledning til det. Under kriterierne står de tre ting, du skal ændre til næste opkald.&lt;/li&gt;
&lt;li&gt;Pointgivningen er den samme hver gang: det samme opkald får altid den samme score.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="65"/>
        <source>&lt;h3&gt;Trainer and trainee&lt;/h3&gt;
&lt;p&gt;In &lt;b&gt;Review&lt;/b&gt; a &lt;b&gt;trainer&lt;/b&gt; comments on calls, overrides a criterion with a reason (the automatic score stays beside the trainer&apos;s), marks calls reviewed and deletes them. A &lt;b&gt;trainee&lt;/b&gt; reads their calls and the feedback on them, and changes none of it. The top of the Review tab says which you are. On a team&apos;s database the server decides and enforces it; on this computer&apos;s own database the Review tab asks once, and &lt;i&gt;Settings → Role&lt;/i&gt; changes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Træner og sælger&lt;/h3&gt;
&lt;p&gt;Under &lt;b&gt;Gennemgå&lt;/b&gt; kommenterer en &lt;b&gt;træner&lt;/b&gt; opkald, retter pointene for et kriterium med en begrundelse (den automatiske score står stadig ved siden af trænerens), markerer opkald som gennemgået og sletter dem. En &lt;b&gt;sælger&lt;/b&gt; læser sine opkald og feedbacken på dem og ændrer intet af det. Øverst på fanen Gennemgå står, hvilken af dem du er. I et teams database bestemmer serveren rollen og håndhæver den; i denne computers egen database spørger fanen Gennemgå én gang, og &lt;i&gt;Indstillinger → Rolle&lt;/i&gt; ændrer den.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="75"/>
        <source>&lt;h3&gt;Keys&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Taster&lt;/h3&gt;</translation>
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
        <translation>&lt;h3&gt;Hvor dine data ligger&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Alt bliver på denne computer, i {folder}, medmindre du kobler appen til en LLM-server.&lt;/li&gt;
{database}&lt;li&gt;Gemt lyd af hver replik: {audio} i den mappe (slettes sammen med opkaldet).&lt;/li&gt;
&lt;li&gt;Indstillingerne (API-nøglen kommer i systemets nøglering, når der er en) og vinduets størrelse og delere: filer i samme mappe.&lt;/li&gt;
&lt;li&gt;Miljøvariablen {variable} flytter det hele et andet sted hen.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../guide.py" line="88"/>
        <source>audio/&lt;session&gt;/</source>
        <translation>audio/&lt;opkald&gt;/</translation>
    </message>
    <message>
        <location filename="../guide.py" line="89"/>
        <source>&lt;li&gt;The calls, scores and feedback: {database}&lt;/li&gt;
</source>
        <translation>&lt;li&gt;Opkaldene, scorerne og feedbacken: {database}&lt;/li&gt;
</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../guide.py" line="140"/>
        <source>Trainer guide</source>
        <translation>Guide til Trainer</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../voice_panel.py" line="109"/>
        <source>Microphone level</source>
        <translation>Mikrofonniveau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="47"/>
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
    <name>Metrics</name>
    <message>
        <location filename="../review/words.py" line="28"/>
        <source>Talk share</source>
        <translation>Taletid</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="29"/>
        <source>Longest turn (words)</source>
        <translation>Længste replik (ord)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="30"/>
        <source>Longest turn (s)</source>
        <translation>Længste replik (s)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="31"/>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="32"/>
        <source>Open questions</source>
        <translation>Åbne spørgsmål</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="33"/>
        <source>Needs questions</source>
        <translation>Behovsspørgsmål</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="34"/>
        <source>Words per minute</source>
        <translation>Ord pr. minut</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="35"/>
        <source>Reason given after (s)</source>
        <translation>Grund givet efter (s)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="36"/>
        <source>Trainee turns</source>
        <translation>Sælgerens replikker</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="37"/>
        <source>Prospect turns</source>
        <translation>Kundens replikker</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../review/words.py" line="19"/>
        <source>Meeting booked</source>
        <translation>Møde booket</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="20"/>
        <source>Call-back agreed</source>
        <translation>Opkald aftalt</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="21"/>
        <source>Prospect hung up</source>
        <translation>Kunden lagde på</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="22"/>
        <source>Ended without a next step</source>
        <translation>Afsluttet uden næste skridt</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="23"/>
        <source>Not finished (app closed mid-call)</source>
        <translation>Ikke afsluttet (appen blev lukket midt i opkaldet)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="24"/>
        <source>Failed (the LLM stopped answering)</source>
        <translation>Mislykket (LLM&apos;en holdt op med at svare)</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="25"/>
        <source>Not finished</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="40"/>
        <source>offline scripted</source>
        <translation>offline, manuskript</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="41"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="70"/>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <location filename="../review/words.py" line="76"/>
        <source>before {date}</source>
        <translation>før {date}</translation>
    </message>
</context>
<context>
    <name>PatienceMeter</name>
    <message>
        <location filename="../patience_meter.py" line="15"/>
        <source>&apos;have you heard of us?&apos; opener</source>
        <translation>indledte med »har du hørt om os?«</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="16"/>
        <source>&apos;is this a bad time?&apos;</source>
        <translation>»passer det dårligt?«</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="17"/>
        <source>acknowledged the interruption</source>
        <translation>anerkendte, at du forstyrrer</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="18"/>
        <source>asked about the caller&apos;s needs</source>
        <translation>spurgte til opringerens behov</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="19"/>
        <source>asked for a call-back the call did not earn</source>
        <translation>bad om at ringe tilbage, uden at opkaldet havde gjort sig fortjent til det</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="20"/>
        <source>asked for a call-back without saying what it is about</source>
        <translation>bad om at ringe tilbage uden at sige, hvad det drejer sig om</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="21"/>
        <source>asked what lies behind the no</source>
        <translation>spurgte, hvad der ligger bag nejet</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="22"/>
        <source>brochure talk and buzzwords</source>
        <translation>brochuresnak og buzzwords</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="23"/>
        <source>carried on after &apos;I&apos;m heading into a meeting&apos;</source>
        <translation>fortsatte efter »jeg skal ind til et møde«</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="24"/>
        <source>followed up on an answer</source>
        <translation>fulgte op på et svar</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="25"/>
        <source>held the floor too long</source>
        <translation>talte for længe i ét stræk</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="26"/>
        <source>meeting push before any need was discussed</source>
        <translation>pressede på for et møde, før noget behov var drøftet</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="27"/>
        <source>meeting push without enough interest</source>
        <translation>pressede på for et møde uden tilstrækkelig interesse</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="28"/>
        <source>monologue</source>
        <translation>monolog</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="29"/>
        <source>no progress on the caller&apos;s question</source>
        <translation>ingen fremgang med opringerens spørgsmål</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="30"/>
        <source>offered a call-back</source>
        <translation>tilbød at ringe tilbage</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="31"/>
        <source>offered a call-back at a set time</source>
        <translation>tilbød at ringe tilbage på et bestemt tidspunkt</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="32"/>
        <source>open question about the business</source>
        <translation>åbent spørgsmål om forretningen</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="33"/>
        <source>pitch before any question</source>
        <translation>salgspitch før noget spørgsmål</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="34"/>
        <source>promised a call-back at a set time</source>
        <translation>lovede at ringe tilbage på et bestemt tidspunkt</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="35"/>
        <source>question about the business</source>
        <translation>spørgsmål om forretningen</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="36"/>
        <source>reason for the call, early and brief</source>
        <translation>grunden til opkaldet, tidligt og kort</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="37"/>
        <source>still has not said what the call is about</source>
        <translation>har stadig ikke sagt, hvad opkaldet drejer sig om</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="38"/>
        <source>sent the caller away</source>
        <translation>afviste den, der ringede</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="39"/>
        <source>talked nonsense</source>
        <translation>snakkede vrøvl</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="40"/>
        <source>took the caller&apos;s number</source>
        <translation>tog opringerens nummer</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="41"/>
        <source>answered the caller&apos;s question</source>
        <translation>svarede på kundens spørgsmål</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="42"/>
        <source>booked the caller in at a set time</source>
        <translation>bookede kunden ind på et bestemt tidspunkt</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="43"/>
        <source>asked if he knows the shop instead of answering</source>
        <translation>spurgte, om kunden kender firmaet, i stedet for at svare</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="44"/>
        <source>pitched instead of answering</source>
        <translation>solgte ind i stedet for at svare</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="45"/>
        <source>pushed a meeting on a caller who wants a price</source>
        <translation>pressede på for et møde med en kunde, der vil have en pris</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="47"/>
        <source>at the start of the call</source>
        <translation>ved opkaldets start</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="48"/>
        <source>no change on your last line</source>
        <translation>ingen ændring efter din seneste replik</translation>
    </message>
    <message>
        <location filename="../patience_meter.py" line="69"/>
        <source>PROSPECT&apos;S PATIENCE</source>
        <translation>KUNDENS TÅLMODIGHED</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../persona_card.py" line="24"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="25"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="26"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="29"/>
        <source>Easy going</source>
        <translation>Medgørlig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="30"/>
        <source>Impatient</source>
        <translation>Utålmodig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="31"/>
        <source>Hostile</source>
        <translation>Fjendtlig</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="144"/>
        <source>SITUATION</source>
        <translation>SITUATIONEN</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="148"/>
        <source>YOUR BRIEF</source>
        <translation>DIN OPGAVE</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="198"/>
        <source>No persona</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="199"/>
        <source>Add a persona file to your data folder.</source>
        <translation>Læg en kundefil (persona) i din datamappe.</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="213"/>
        <source>Inbound</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="213"/>
        <source>Outbound</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="216"/>
        <source>They call you: answer the phone</source>
        <translation>De ringer til dig: tag telefonen</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="218"/>
        <source>You call them: a cold call</source>
        <translation>Du ringer til dem: et koldt opkald</translation>
    </message>
    <message>
        <location filename="../persona_card.py" line="224"/>
        <source>Starts with patience {start} of 100</source>
        <translation>Starter med tålmodighed {start} af 100</translation>
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
        <location filename="../review/progress_view.py" line="74"/>
        <source>Sessions in which the criterion earned no points</source>
        <translation>Opkald, hvor kriteriet ikke gav nogen point</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="76"/>
        <source>Sessions in which it earned some of its points, not all</source>
        <translation>Opkald, hvor det gav nogle af sine point, ikke alle</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="78"/>
        <source>Sessions looked at</source>
        <translation>Opkald, der er talt med</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="88"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="90"/>
        <source>Criteria missed over the</source>
        <translation>Kriterier, der blev misset i de seneste</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="136"/>
        <source>Cannot read the progress: {error}</source>
        <translation>Kan ikke læse udviklingen: {error}</translation>
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
        <translation>{count} opkald med point fra {first} til {last}.</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="171"/>
        <source>{name} has no scored sessions yet.</source>
        <translation>{name} har ingen opkald med point endnu.</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="182"/>
        <source>Score</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="190"/>
        <source>No scored sessions</source>
        <translation>Ingen opkald med point</translation>
    </message>
    <message>
        <location filename="../review/progress_view.py" line="214"/>
        <source>{part} (average of {count} sessions)</source>
        <translation>{part} (gennemsnit af {count} opkald)</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../review/workspace.py" line="88"/>
        <source>Loading sessions…</source>
        <translation>Henter opkald…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="93"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="94"/>
        <source>Import a bundle exported by another installation</source>
        <translation>Importér en pakke, der er eksporteret fra en anden installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="95"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="97"/>
        <source>Save the selected sessions as a bundle for another installation</source>
        <translation>Gem de valgte opkald som en pakke til en anden installation</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="99"/>
        <source>audio</source>
        <translation>lyd</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="101"/>
        <source>Export: include the kept audio of each turn in the bundle</source>
        <translation>Eksport: tag den gemte lyd for hver replik med i pakken</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="103"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="104"/>
        <source>Save every session that matches the filters as CSV</source>
        <translation>Gem alle opkald, der passer til filtrene, som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="105"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="111"/>
        <source>I practise (trainee)</source>
        <translation>Jeg øver (sælger)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="112"/>
        <source>I review calls (trainer)</source>
        <translation>Jeg gennemgår opkald (træner)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="128"/>
        <source>Session</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="129"/>
        <source>Progress</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="205"/>
        <source>Delete the selected sessions with their scores, feedback and audio (Del in the list)</source>
        <translation>Slet de valgte opkald med point, feedback og lyd (Del på listen)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="209"/>
        <source>Only a trainer can delete calls</source>
        <translation>Kun en træner kan slette opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="217"/>
        <source>Cannot keep the role: {error}</source>
        <translation>Kan ikke gemme rollen: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="253"/>
        <source>Cannot read the sessions: {error}</source>
        <translation>Kan ikke læse opkaldene: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="292"/>
        <source>{shown} session</source>
        <translation>{shown} opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="292"/>
        <source>{shown} sessions</source>
        <translation>{shown} opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="295"/>
        <source>{shown} of {total} session match</source>
        <translation>{shown} af {total} opkald passer</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="297"/>
        <source>{shown} of {total} sessions match</source>
        <translation>{shown} af {total} opkald passer</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="366"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="385"/>
        <source>Exported {count} session(s) to {path}.</source>
        <translation>Eksporterede {count} opkald til {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="398"/>
        <source>Imported {count} session(s) from {file}; {skipped} were already here.</source>
        <translation>Importerede {count} opkald fra {file}; {skipped} fandtes allerede her.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="410"/>
        <source>Saved {count} session(s) to {path}.</source>
        <translation>Gemte {count} opkald i {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="423"/>
        <source>Saved the report to {path}.</source>
        <translation>Gemte rapporten i {path}.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="429"/>
        <source>Only a trainer can delete calls.</source>
        <translation>Kun en træner kan slette opkald.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="434"/>
        <source>That call is still going on in the Practice tab: hang up first.</source>
        <translation>Det opkald er stadig i gang under fanen Øv: læg på først.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="456"/>
        <source>Deleted {count} of {total} session(s): {error}</source>
        <translation>Slettede {count} af {total} opkald: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="461"/>
        <source>Deleted {count} session(s).</source>
        <translation>Slettede {count} opkald.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="466"/>
        <source>Cannot delete: {error}</source>
        <translation>Kan ikke slette: {error}</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="474"/>
        <location filename="../review/workspace.py" line="510"/>
        <source>Select one or more sessions in the list first.</source>
        <translation>Vælg først et eller flere opkald på listen.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="478"/>
        <source>Delete this session for good? Transcripts, scores, trainer feedback and kept audio go with them. Export a bundle first to keep a copy.</source>
        <translation>Slet dette opkald for altid? Udskrift, point, trænerens feedback og gemt lyd forsvinder med det. Eksportér en pakke først, hvis du vil have en kopi.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="483"/>
        <source>Delete these {count} sessions for good? Transcripts, scores, trainer feedback and kept audio go with them. Export a bundle first to keep a copy.</source>
        <translation>Slet disse {count} opkald for altid? Udskrifter, point, trænerens feedback og gemt lyd forsvinder med dem. Eksportér en pakke først, hvis du vil have en kopi.</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="489"/>
        <source>Delete sessions</source>
        <translation>Slet opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="500"/>
        <source>Import sessions</source>
        <translation>Importér opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="502"/>
        <source>Trainer bundles (*.zip);;All files (*)</source>
        <translation>Trainer-pakker (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="514"/>
        <source>Export sessions</source>
        <translation>Eksportér opkald</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="516"/>
        <source>Trainer bundles (*.zip)</source>
        <translation>Trainer-pakker (*.zip)</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="523"/>
        <source>Save list as CSV</source>
        <translation>Gem listen som CSV</translation>
    </message>
    <message>
        <location filename="../review/workspace.py" line="533"/>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../review/roles.py" line="20"/>
        <source>Database owner: you can comment, override scores, mark calls reviewed and delete them, and set up the team.</source>
        <translation>Databasens ejer: du kan kommentere, rette point, markere opkald som gennemgået og slette dem samt oprette teamet.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="25"/>
        <source>Trainer: you can comment, override scores, mark calls reviewed and delete them.</source>
        <translation>Træner: du kan kommentere, rette point, markere opkald som gennemgået og slette dem.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="28"/>
        <source>Trainee: you can read your calls and the feedback on them; reviewing is your trainer&apos;s.</source>
        <translation>Sælger: du kan læse dine opkald og feedbacken på dem; gennemgangen står din træner for.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="32"/>
        <source>Who uses Trainer on this computer? A trainer reviews calls: comments, overrides scores, marks calls reviewed, deletes them. A trainee reads their calls and the feedback on them. Until you choose, calls are shown read-only.</source>
        <translation>Hvem bruger Trainer på denne computer? En træner gennemgår opkald: kommenterer, retter point, markerer opkald som gennemgået og sletter dem. En sælger læser sine opkald og feedbacken på dem. Indtil du har valgt, vises opkaldene kun til læsning.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="39"/>
        <source>Set by your team&apos;s database server, which enforces it: it refuses what your role may not do.</source>
        <translation>Bestemmes af dit teams databaseserver, som håndhæver den: den afviser det, din rolle ikke må.</translation>
    </message>
    <message>
        <location filename="../review/roles.py" line="43"/>
        <source>This computer&apos;s own database: the role is this computer&apos;s choice (File → Settings → Role), not a lock. For roles a server enforces, use a team database.</source>
        <translation>Denne computers egen database: rollen er et valg for denne computer (Filer → Indstillinger → Rolle), ikke en lås. Brug en teamdatabase til roller, som en server håndhæver.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../review/session_model.py" line="32"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="33"/>
        <source>Persona</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="34"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="35"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="36"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
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
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="40"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="116"/>
        <source>Cannot read the session list: {error}</source>
        <translation>Kan ikke læse listen over opkald: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="224"/>
        <source>Session {id} · {count} turns · {language} · reviewed</source>
        <translation>Opkald {id} · {count} replikker · {language} · gennemgået</translation>
    </message>
    <message>
        <location filename="../review/session_model.py" line="226"/>
        <source>Session {id} · {count} turns · {language}</source>
        <translation>Opkald {id} · {count} replikker · {language}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../review/session_view.py" line="116"/>
        <source>Pick a session in the list to review it.</source>
        <translation>Vælg et opkald på listen for at gennemgå det.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="131"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="318"/>
        <source>Mark the session as reviewed by a trainer</source>
        <translation>Markér opkaldet som gennemgået af en træner</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="132"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="57"/>
        <source>The automatic score is kept; the trainer&apos;s score is shown beside it.</source>
        <translation>Den automatiske score bevares; trænerens score vises ved siden af.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="134"/>
        <source>Save this session as a printable HTML or PDF report</source>
        <translation>Gem opkaldet som en rapport i HTML eller PDF, der kan udskrives</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="137"/>
        <source>Score now</source>
        <translation>Giv point nu</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="138"/>
        <source>Score this call with the current scorer</source>
        <translation>Giv opkaldet point med den nuværende pointmodel</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="152"/>
        <location filename="../review/session_view.py" line="725"/>
        <source>Click a turn number to comment on it or play it.</source>
        <translation>Klik på et repliknummer for at kommentere eller afspille replikken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="154"/>
        <source>Comment on the selected turn…</source>
        <translation>Kommentér den valgte replik…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="156"/>
        <source>Comment</source>
        <translation>Kommentér</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="158"/>
        <source>▶ Play</source>
        <translation>▶ Afspil</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="159"/>
        <location filename="../review/session_view.py" line="728"/>
        <source>Play the selected turn&apos;s kept audio</source>
        <translation>Afspil den gemte lyd for den valgte replik</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="182"/>
        <source>Reason (required): why is it fairer?</source>
        <translation>Begrundelse (påkrævet): hvorfor er det mere fair?</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="184"/>
        <source>Override</source>
        <translation>Ret point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="196"/>
        <source>A comment on the whole call…</source>
        <translation>En kommentar til hele opkaldet…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="199"/>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="250"/>
        <source>OVERRIDE A SCORE</source>
        <translation>RET EN SCORE</translation>
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
        <translation>Scorekort</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="320"/>
        <source>Only a trainer can mark a call reviewed</source>
        <translation>Kun en træner kan markere et opkald som gennemgået</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="361"/>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="374"/>
        <source>Scoring…</source>
        <translation>Giver point…</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="385"/>
        <source>Cannot score the call: {error}</source>
        <translation>Kan ikke give opkaldet point: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="399"/>
        <source>Cannot open the session: {error}</source>
        <translation>Kan ikke åbne opkaldet: {error}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="430"/>
        <source>The score card cannot show this score ({error}).</source>
        <translation>Scorekortet kan ikke vise denne score ({error}).</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="461"/>
        <source>{count} turns</source>
        <translation>{count} replikker</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="473"/>
        <source>Imported · the sender&apos;s score was {score}</source>
        <translation>Importeret · afsenderens score var {score}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="484"/>
        <source>With the trainer&apos;s corrections; automatic: {score}</source>
        <translation>Med trænerens rettelser; automatisk: {score}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="496"/>
        <source>This session has not been scored yet.</source>
        <translation>Opkaldet har ikke fået point endnu.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="500"/>
        <source>Totals include the trainer&apos;s corrections (automatic: {needs} {needs_score} · {time} {time_score} · {overall} {overall_score})</source>
        <translation>Summerne medregner trænerens rettelser (automatisk: {needs} {needs_score} · {time} {time_score} · {overall} {overall_score})</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="528"/>
        <source>Trainee</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="528"/>
        <source>Prospect</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="539"/>
        <source>cut off</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>earned points</source>
        <translation>gav point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>lost points</source>
        <translation>kostede point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="554"/>
        <source>both</source>
        <translation>begge</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="555"/>
        <source>hover a turn number for the criteria</source>
        <translation>hold markøren over et repliknummer for at se kriterierne</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="566"/>
        <source>No turns were stored for this call.</source>
        <translation>Der blev ikke gemt nogen replikker for opkaldet.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="626"/>
        <source>Tip: {tip}</source>
        <translation>Tip: {tip}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="629"/>
        <source>Trainer ({author}): {score}: {reason}</source>
        <translation>Træner ({author}): {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="631"/>
        <source>Trainer: {score}: {reason}</source>
        <translation>Træner: {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="659"/>
        <source>Session</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="661"/>
        <source>Turn #{number}</source>
        <translation>Replik #{number}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="671"/>
        <source>Override {criterion}: {auto} → {score}: {reason}</source>
        <translation>Rettet score {criterion}: {auto} → {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="681"/>
        <source>No feedback yet.</source>
        <translation>Ingen feedback endnu.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="686"/>
        <source>Comments ({count})</source>
        <translation>Kommentarer ({count})</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="715"/>
        <source>Turn #{number} (trainee)</source>
        <translation>Replik #{number} (sælgeren)</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="717"/>
        <source>Turn #{number} (prospect)</source>
        <translation>Replik #{number} (kunden)</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="723"/>
        <source>Click a turn number to play it.</source>
        <translation>Klik på et repliknummer for at afspille replikken.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="730"/>
        <source>No audio was kept for this turn</source>
        <translation>Der blev ikke gemt lyd for denne replik</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="742"/>
        <source>No criterion cites this turn.</source>
        <translation>Intet kriterium henviser til denne replik.</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="809"/>
        <source>Only a trainer can override scores</source>
        <translation>Kun en træner kan rette point</translation>
    </message>
    <message>
        <location filename="../review/session_view.py" line="817"/>
        <source>Give a reason first</source>
        <translation>Skriv en begrundelse først</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="37"/>
        <source>Automatic (LLM when a server or key is set, else offline)</source>
        <translation>Automatisk (LLM når en server eller nøgle er angivet, ellers offline)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Offline scripted (no network, deterministic)</source>
        <translation>Offline med manuskript (intet netværk, samme svar hver gang)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="45"/>
        <source>LLM (OpenAI or a compatible server)</source>
        <translation>LLM (OpenAI eller en kompatibel server)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Trainee: practise and read the feedback</source>
        <translation>Sælger: øv og læs feedbacken</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Trainer: comment, override, mark reviewed and delete calls</source>
        <translation>Træner: kommentér, ret point, markér som gennemgået og slet opkald</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>System</source>
        <translation>Systemets</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Connected to {server}, but it does not list the model {model} (it has: {models}).</source>
        <translation>Forbundet til {server}, men den viser ikke modellen {model} (den har: {models}).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97"/>
        <source>Connected to {server}; model {model} is available.</source>
        <translation>Forbundet til {server}; modellen {model} er tilgængelig.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>Prospect engine</source>
        <translation>Kundens motor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>empty = OpenAI; e.g. http://localhost:11434/v1 (Ollama)</source>
        <translation>tomt = OpenAI; f.eks. http://localhost:11434/v1 (Ollama)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="143"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>not needed for local servers</source>
        <translation>behøves ikke til lokale servere</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Reply timeout</source>
        <translation>Ventetid på svar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Exam mode: hide the patience meter during calls</source>
        <translation>Eksamenstilstand: skjul tålmodighedsmåleren under opkald</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Practice</source>
        <translation>Øv</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181"/>
        <source>Mute: text only, the prospect does not speak</source>
        <translation>Lyd fra: kun tekst, kunden taler ikke</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183"/>
        <source>Voice</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="188"/>
        <source>Interface language</source>
        <translation>Sprog i appen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="190"/>
        <source>A new interface language applies when you restart the app.</source>
        <translation>Det nye sprog gælder, når du genstarter appen.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="204"/>
        <source>Not chosen yet (calls are shown read-only)</source>
        <translation>Ikke valgt endnu (opkaldene vises kun til læsning)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="208"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="216"/>
        <source>Your team&apos;s database server decides who you are and enforces it; this choice is for this computer&apos;s own database.</source>
        <translation>Dit teams databaseserver bestemmer, hvem du er, og håndhæver det; dette valg gælder denne computers egen database.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="223"/>
        <source>Who uses this computer&apos;s own database. It decides what the Review tab offers; it is a choice, not a lock.</source>
        <translation>Hvem der bruger denne computers egen database. Det afgør, hvad fanen Gennemgå tilbyder; det er et valg, ikke en lås.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="232"/>
        <source>The API key is kept in the system keyring when one is available. OPENAI_BASE_URL, OPENAI_API_KEY and TRAINER_LLM_MODEL override these fields.</source>
        <translation>API-nøglen gemmes i systemets nøglering, når der er en. OPENAI_BASE_URL, OPENAI_API_KEY og TRAINER_LLM_MODEL går forud for disse felter.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="294"/>
        <source>This server does not serve {model}; Model is set to {first}, the first it lists ({models}). Pick another in Model if you like.</source>
        <translation>Denne server har ikke {model}; Model er sat til {first}, den første, den viser ({models}). Vælg en anden under Model, hvis du vil.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="297"/>
        <source>a default model</source>
        <translation>en standardmodel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="303"/>
        <source>This server does not list {model}; it has: {models}. Pick one in Model.</source>
        <translation>Denne server viser ikke {model}; den har: {models}. Vælg en under Model.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="313"/>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="324"/>
        <source>The test failed ({error}).</source>
        <translation>Testen mislykkedes ({error}).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="344"/>
        <source>Could not save the settings: {error}</source>
        <translation>Indstillingerne kunne ikke gemmes: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../transcript_view.py" line="92"/>
        <source>Prospect</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="92"/>
        <location filename="../transcript_view.py" line="108"/>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="99"/>
        <source>Pick a persona and press Call. The prospect answers first.</source>
        <translation>Vælg en kunde, og tryk på Ring op. Kunden svarer først.</translation>
    </message>
</context>
<context>
    <name>TurnAudio</name>
    <message>
        <location filename="../review/turn_audio.py" line="45"/>
        <location filename="../review/turn_audio.py" line="60"/>
        <source>No audio was kept for turn {number}.</source>
        <translation>Der blev ikke gemt lyd for replik {number}.</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="49"/>
        <source>Playing turn {number}…</source>
        <translation>Afspiller replik {number}…</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="87"/>
        <source>Audio: {error}</source>
        <translation>Lyd: {error}</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="90"/>
        <source>Audio playback is unavailable here ({error}); the transcript is all there is.</source>
        <translation>Lydafspilning er ikke mulig her ({error}); udskriften er alt, der er.</translation>
    </message>
    <message>
        <location filename="../review/turn_audio.py" line="93"/>
        <source>Audio playback failed ({error}).</source>
        <translation>Lydafspilningen mislykkedes ({error}).</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <location filename="../voice_panel.py" line="151"/>
        <source>Hold to talk (Space)</source>
        <translation>Hold nede for at tale (mellemrum)</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="154"/>
        <source>Hold the button, or hold Space when the text box is not focused</source>
        <translation>Hold knappen nede, eller mellemrum, når tekstfeltet ikke har fokus</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="163"/>
        <source>Mute</source>
        <translation>Lyd fra</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="164"/>
        <source>Text only: the prospect does not speak</source>
        <translation>Kun tekst: kunden taler ikke</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="269"/>
        <source>Speech input is off (Settings → Audio): type your lines.</source>
        <translation>Talegenkendelsen er slået fra (Indstillinger → Lyd): skriv dine replikker.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="294"/>
        <source>Paused: not listening</source>
        <translation>Sat på pause: lytter ikke</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="347"/>
        <source>the {name} voice</source>
        <translation>stemmen {name}</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="368"/>
        <source>Ready: {what}.</source>
        <translation>Klar: {what}.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="382"/>
        <source>Fetching {what} (first use only): {percent} %</source>
        <translation>Henter {what} (kun første gang): {percent} %</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="416"/>
        <source>Typing only: the microphone failed ({error}).</source>
        <translation>Kun skrivning: mikrofonen svigtede ({error}).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="488"/>
        <source>Prospect heard after {seconds} s</source>
        <translation>Kunden blev hørt efter {seconds} s</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="515"/>
        <source>Could not save the mute setting ({error}).</source>
        <translation>Indstillingen for lyd fra kunne ikke gemmes ({error}).</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="529"/>
        <source>Paused: press Resume to talk</source>
        <translation>Sat på pause: tryk på Fortsæt for at tale</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="541"/>
        <source>Listening…</source>
        <translation>Lytter…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="551"/>
        <source>the {name} model</source>
        <translation>modellen {name}</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="568"/>
        <source>Transcribing…</source>
        <translation>Skriver ud…</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="596"/>
        <source>Didn&apos;t catch that: hold to talk again, or type.</source>
        <translation>Fangede det ikke: hold nede for at tale igen, eller skriv.</translation>
    </message>
    <message>
        <location filename="../voice_panel.py" line="619"/>
        <source>Transcription failed ({error}): type your line instead.</source>
        <translation>Udskriften mislykkedes ({error}): skriv din replik i stedet.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="71"/>
        <location filename="../app.py" line="90"/>
        <source>Trainer cannot open its data</source>
        <translation>Trainer kan ikke åbne sine data</translation>
    </message>
    <message>
        <location filename="../app.py" line="80"/>
        <source>No usable persona files were found; add one to the personas folder.</source>
        <translation>Der blev ikke fundet nogen brugbare kundefiler; læg en i mappen personas.</translation>
    </message>
</context>
</TS>
