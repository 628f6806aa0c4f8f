<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>ActionPlanPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="56" />
            <location filename="compactdesk/gui/pages/actions.py" line="111" />
            <location filename="compactdesk/gui/pages/actions.py" line="122" />
            <source>Action plan</source>
            <translation>Cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="68" />
            <source>Targets</source>
            <translation>Targedau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="74" />
            <source>&amp;New target…</source>
            <translation>&amp;Targed newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="106" />
            <source>E&amp;xport…</source>
            <translation>&amp;Allforio…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="108" />
            <source>Make the action plan as a PDF or Word file (Ctrl+E)</source>
            <translation>Creu'r cynllun gweithredu fel ffeil PDF neu Word (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="134" />
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="135" />
            <source>Code area</source>
            <translation>Maes cod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="136" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="137" />
            <source>Lead</source>
            <translation>Arweinydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="138" />
            <source>Deadline</source>
            <translation>Dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="139" />
            <source>No deadline set</source>
            <translation>Dim dyddiad terfyn wedi'i bennu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="141" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="142" />
            <source>Last progress</source>
            <translation>Cynnydd diwethaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="144" />
            <source>No progress noted yet</source>
            <translation>Dim cynnydd wedi'i nodi eto</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/actions.py" line="192" />
            <source>Showing {shown} of %n target(s) · {overdue} overdue</source>
            <translation>
                <numerusform>Yn dangos {shown} o %n targed · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n targed · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n targed · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n targed · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n targed · {overdue} yn hwyr</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="196" />
            <source>&lt;h3&gt;No targets yet&lt;/h3&gt;&lt;p&gt;Add the first target with Ctrl+N, or record an action from a meeting's minutes. An action plan kept in a spreadsheet comes in with &lt;nobr&gt;File ▸ Import&lt;/nobr&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim targedau eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch y targed cyntaf gyda Ctrl+N, neu cofnodwch gam gweithredu o gofnodion cyfarfod. Gallwch ddod â chynllun gweithredu sydd mewn taenlen i mewn gyda &lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="199" />
            <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;No target matches the filters: clear the search or set the filters back to Any (“Clear filters”).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim byd yn cyfateb&lt;/h3&gt;&lt;p&gt;Does dim targed yn cyfateb i'r hidlyddion: cliriwch y chwiliad neu rhowch yr hidlyddion yn ôl i “Unrhyw un” (“Clirio hidlyddion”).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="285" />
            <source>New target…</source>
            <translation>Targed newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="319" />
            <source>Delete target “{title}”</source>
            <translation>Dileu'r targed “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="336" />
            <source>Remove progress of {day} from “{title}”</source>
            <translation>Tynnu cynnydd {day} o “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="344" />
            <source>Reopen “{title}”</source>
            <translation>Ailagor “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/actions.py" line="354" />
            <source>Restore “{title}”</source>
            <translation>Adfer “{title}”</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="compactdesk/services/actions.py" line="28" />
            <location filename="compactdesk/services/actions.py" line="30" />
            <location filename="compactdesk/services/actions.py" line="93" />
            <location filename="compactdesk/services/actions.py" line="102" />
            <source>the start date</source>
            <translation>y dyddiad dechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="29" />
            <location filename="compactdesk/services/actions.py" line="30" />
            <source>the deadline</source>
            <translation>y dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="33" />
            <source>the target's title</source>
            <translation>teitl y targed</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="34" />
            <source>the measure of success</source>
            <translation>y mesur llwyddiant</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="35" />
            <source>code of practice</source>
            <translation>cod ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="36" />
            <source>responsible partner</source>
            <translation>partner cyfrifol</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="38" />
            <source>lead person</source>
            <translation>arweinydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="62" />
            <location filename="compactdesk/services/actions.py" line="71" />
            <location filename="compactdesk/services/actions.py" line="75" />
            <location filename="compactdesk/services/actions.py" line="90" />
            <location filename="compactdesk/services/actions.py" line="99" />
            <location filename="compactdesk/services/actions.py" line="226" />
            <source>target</source>
            <translation>targed</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="76" />
            <source>the date of the update</source>
            <translation>dyddiad y diweddariad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="77" />
            <source>what progress was made</source>
            <translation>y cynnydd a wnaed</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="85" />
            <source>progress update</source>
            <translation>diweddariad cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="91" />
            <location filename="compactdesk/services/actions.py" line="92" />
            <source>the date it was done</source>
            <translation>y dyddiad y cafodd ei gwblhau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="100" />
            <location filename="compactdesk/services/actions.py" line="101" />
            <source>the date it was dropped</source>
            <translation>y dyddiad y cafodd ei ollwng</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="103" />
            <source>the reason</source>
            <translation>y rheswm</translation>
        </message>
        <message>
            <location filename="compactdesk/services/actions.py" line="276" />
            <source>the code's name</source>
            <translation>enw'r cod</translation>
        </message>
    </context>
    <context>
        <name>AfterExport</name>
        <message>
            <location filename="compactdesk/gui/dialogs/export_after.py" line="22" />
            <source>Mar&amp;k the agenda as issued</source>
            <translation>Nodi bod yr a&amp;genda wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export_after.py" line="24" />
            <source>Once the file is written, the meeting moves on to “Agenda issued” and the dashboard stops reminding you to send it</source>
            <translation>Pan fydd y ffeil wedi'i hysgrifennu, bydd y cyfarfod yn symud ymlaen i “Agenda wedi'i chyhoeddi” a bydd y dangosfwrdd yn peidio â'ch atgoffa i'w hanfon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export_after.py" line="26" />
            <location filename="compactdesk/gui/dialogs/export_after.py" line="55" />
            <source>&amp;Then write an email to the members</source>
            <translation>Yna ysgrifenn&amp;u e-bost at yr aelodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export_after.py" line="28" />
            <source>Once the file is written, a draft email with it attached opens in your mail program, for you to read and send</source>
            <translation>Pan fydd y ffeil wedi'i hysgrifennu, bydd drafft e-bost a'r ffeil ynghlwm yn agor yn eich rhaglen e-bost, i chi ei ddarllen a'i anfon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export_after.py" line="56" />
            <source>&amp;Then write an email to the members with the minutes</source>
            <translation>Yna ysgrifenn&amp;u e-bost at yr aelodau gyda'r cofnodion</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="106" />
            <source>Choose a person, or type a name or an organisation</source>
            <translation>Dewiswch berson, neu teipiwch enw neu sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="112" />
            <source>Add an agenda item</source>
            <translation>Ychwanegu eitem agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="113" />
            <source>On the agenda of the {meeting}.</source>
            <translation>Ar yr agenda ar gyfer {meeting}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="115" />
            <source>Edit agenda item</source>
            <translation>Golygu eitem agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="118" />
            <source>Item {number} on the agenda of the {meeting}.</source>
            <translation>Eitem {number} ar yr agenda ar gyfer {meeting}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="121" />
            <source>A standing item: every meeting of this kind has it.</source>
            <translation>Eitem sefydlog: mae ar agenda pob cyfarfod o'r math hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="174" />
            <source>Add agenda item “{title}”</source>
            <translation>Ychwanegu'r eitem agenda “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="176" />
            <source>Edit agenda item “{title}”</source>
            <translation>Golygu'r eitem agenda “{title}”</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="6" />
            <source>Agenda item</source>
            <translation>Eitem agenda</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="16" />
            <source>&amp;Title:</source>
            <translation>&amp;Teitl (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="17" />
            <source>What the item is about, in a line</source>
            <translation>Am beth mae'r eitem, mewn llinell</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="18" />
            <source>In &amp;Welsh:</source>
            <translation>Yn &amp;Gymraeg:</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="18" />
            <location filename="ui/agenda_item_dialog.ui" line="19" />
            <source>Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.</source>
            <translation>Mae papurau Cymraeg a dwyieithog, a'r ffenestr yn Gymraeg, yn defnyddio hwn. Os yw'n wag, maen nhw'n defnyddio'r Saesneg.</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="19" />
            <source>For example: Ymddiheuriadau</source>
            <translation>Er enghraifft: Ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="20" />
            <source>&amp;Presenter:</source>
            <translation>&amp;Cyflwynydd:</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="22" />
            <source>Time &amp;allowed:</source>
            <translation>&amp;Amser a ganiateir:</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="23" />
            <source>Not set</source>
            <translation>Heb ei osod</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="23" />
            <source> minutes</source>
            <translation> munud</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="24" />
            <source>&amp;Description:</source>
            <translation>&amp;Disgrifiad:</translation>
        </message>
        <message>
            <location filename="ui/agenda_item_dialog.ui" line="25" />
            <source>What members need to know before the meeting</source>
            <translation>Beth mae angen i aelodau ei wybod cyn y cyfarfod</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="102" />
            <source>Agenda items</source>
            <translation>Eitemau'r agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="111" />
            <source>Add the first item…</source>
            <translation>Ychwanegu'r eitem gyntaf…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="115" />
            <source>&amp;New item…</source>
            <translation>Eitem &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="116" />
            <source>Add an item after the selected one (before any other business if none is selected)</source>
            <translation>Ychwanegu eitem ar ôl yr un a ddewiswyd (cyn unrhyw fater arall os nad oes un wedi'i dewis)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="119" />
            <source>Edit…</source>
            <translation>Golygu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="120" />
            <source>Edit the selected item (F2, Enter or double-click)</source>
            <translation>Golygu'r eitem a ddewiswyd (F2, Enter neu glicio ddwywaith)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="122" />
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="123" />
            <source>Remove the selected item and its papers (Delete); Ctrl+Z takes it back</source>
            <translation>Tynnu'r eitem a ddewiswyd a'i phapurau (Delete); mae Ctrl+Z yn dod â hi yn ôl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="125" />
            <source>Move &amp;up</source>
            <translation>Symud i &amp;fyny</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="126" />
            <source>Move the selected item up one place (Alt+Up); you can also drag it</source>
            <translation>Symud yr eitem a ddewiswyd un lle i fyny (Alt+Up); gallwch hefyd ei llusgo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="128" />
            <source>Move do&amp;wn</source>
            <translation>Symud i &amp;lawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="129" />
            <source>Move the selected item down one place (Alt+Down); you can also drag it</source>
            <translation>Symud yr eitem a ddewiswyd un lle i lawr (Alt+Down); gallwch hefyd ei llusgo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="174" />
            <source>No.</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="176" />
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="178" />
            <source>Presenter</source>
            <translation>Cyflwynydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="179" />
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="181" />
            <source>Papers</source>
            <translation>Papurau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="184" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="184" />
            <source>Standing item</source>
            <translation>Eitem sefydlog</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="185" />
            <source>A standing item: on every agenda of this kind of meeting</source>
            <translation>Eitem sefydlog: ar bob agenda ar gyfer y math hwn o gyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="202" />
            <source>&lt;h3&gt;No agenda items yet&lt;/h3&gt;&lt;p&gt;Add the items to discuss with “New item…” (Alt+N); the standing items (welcome, minutes, matters arising…) come with a new liaison meeting.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim eitemau agenda eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch yr eitemau i'w trafod gydag “Eitem newydd…” (Alt+N); daw'r eitemau sefydlog (croeso, cofnodion, materion sy'n codi…) gyda chyfarfod cyswllt newydd.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="206" />
            <source>%n item(s) · time allowed {time}</source>
            <translation>
                <numerusform>%n eitem · amser a ganiateir {time}</numerusform>
                <numerusform>%n eitem · amser a ganiateir {time}</numerusform>
                <numerusform>%n eitem · amser a ganiateir {time}</numerusform>
                <numerusform>%n eitem · amser a ganiateir {time}</numerusform>
                <numerusform>%n eitem · amser a ganiateir {time}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="207" />
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="268" />
            <source>Remove agenda item “{title}”</source>
            <translation>Tynnu'r eitem agenda “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="282" />
            <source>Move “{title}” to place {number}</source>
            <translation>Symud “{title}” i le rhif {number}</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="129" />
            <source>&lt;b&gt;{issue}&lt;/b&gt;&lt;br&gt;Asked on {raised}.</source>
            <translation>&lt;b&gt;{issue}&lt;/b&gt;&lt;br&gt;Gofynnwyd ar {raised}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="138" />
            <source>Mark “{issue}” answered</source>
            <translation>Nodi bod “{issue}” wedi'i ateb</translation>
        </message>
        <message>
            <location filename="ui/answer_dialog.ui" line="6" />
            <source>Mark answered</source>
            <translation>Nodi fel wedi'i ateb</translation>
        </message>
        <message>
            <location filename="ui/answer_dialog.ui" line="16" />
            <source>&amp;Answered on:</source>
            <translation>&amp;Atebwyd ar:</translation>
        </message>
        <message>
            <location filename="ui/answer_dialog.ui" line="18" />
            <source>&amp;How:</source>
            <translation>&amp;Sut:</translation>
        </message>
        <message>
            <location filename="ui/answer_dialog.ui" line="20" />
            <source>&amp;Summary:</source>
            <translation>&amp;Crynodeb:</translation>
        </message>
        <message>
            <location filename="ui/answer_dialog.ui" line="21" />
            <source>What the officer said, in a sentence or two</source>
            <translation>Beth ddywedodd y swyddog, mewn brawddeg neu ddwy</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="compactdesk/gui/app.py" line="59" />
            <source>CompactDesk</source>
            <translation>CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/app.py" line="59" />
            <source>Something went wrong that CompactDesk did not expect. What you had saved is safe: every change is stored as you make it.

Details are in {log}. Please send that file with a note of what you were doing.</source>
            <translation>Digwyddodd rhywbeth nad oedd CompactDesk yn ei ddisgwyl. Mae'r hyn yr oeddech wedi'i gadw yn ddiogel: caiff pob newid ei gadw wrth i chi ei wneud.

Mae'r manylion yn y ffeil {log}. Anfonwch y ffeil honno, gyda nodyn o'r hyn yr oeddech yn ei wneud.</translation>
        </message>
    </context>
    <context>
        <name>ArisingTab</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="50" />
            <source>Matters arising</source>
            <translation>Materion sy'n codi</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/meeting_view.py" line="62" />
            <source>Actions still open and feedback still unanswered from earlier meetings, as they stand on {day}: %n item(s), {late} late. Double-click one (or press Enter) to open it.</source>
            <translation>
                <numerusform>Camau gweithredu sy'n dal ar agor ac adborth sy'n dal heb ei ateb o gyfarfodydd blaenorol, fel y maent ar ddiwrnod y cyfarfod ({day}): %n eitem, {late} yn hwyr. Cliciwch ddwywaith ar un (neu pwyswch Enter) i'w agor.</numerusform>
                <numerusform>Camau gweithredu sy'n dal ar agor ac adborth sy'n dal heb ei ateb o gyfarfodydd blaenorol, fel y maent ar ddiwrnod y cyfarfod ({day}): %n eitem, {late} yn hwyr. Cliciwch ddwywaith ar un (neu pwyswch Enter) i'w agor.</numerusform>
                <numerusform>Camau gweithredu sy'n dal ar agor ac adborth sy'n dal heb ei ateb o gyfarfodydd blaenorol, fel y maent ar ddiwrnod y cyfarfod ({day}): %n eitem, {late} yn hwyr. Cliciwch ddwywaith ar un (neu pwyswch Enter) i'w agor.</numerusform>
                <numerusform>Camau gweithredu sy'n dal ar agor ac adborth sy'n dal heb ei ateb o gyfarfodydd blaenorol, fel y maent ar ddiwrnod y cyfarfod ({day}): %n eitem, {late} yn hwyr. Cliciwch ddwywaith ar un (neu pwyswch Enter) i'w agor.</numerusform>
                <numerusform>Camau gweithredu sy'n dal ar agor ac adborth sy'n dal heb ei ateb o gyfarfodydd blaenorol, fel y maent ar ddiwrnod y cyfarfod ({day}): %n eitem, {late} yn hwyr. Cliciwch ddwywaith ar un (neu pwyswch Enter) i'w agor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="67" />
            <source>&lt;h3&gt;Nothing arising&lt;/h3&gt;&lt;p&gt;No actions are open and no feedback is owed from earlier meetings.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim byd yn codi&lt;/h3&gt;&lt;p&gt;Does dim camau gweithredu ar agor a does dim adborth yn ddyledus o gyfarfodydd blaenorol.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="29" />
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="110" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="33" />
            <source>Add someone else…</source>
            <translation>Ychwanegu rhywun arall…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="43" />
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="43" />
            <source>They came</source>
            <translation>Daeth i'r cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="44" />
            <source>Apologies</source>
            <translation>Ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="45" />
            <source>They sent apologies</source>
            <translation>Anfonodd ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="46" />
            <source>Absent</source>
            <translation>Absennol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="47" />
            <source>They did not come and sent no apologies</source>
            <translation>Ni ddaeth, ac ni anfonodd ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="48" />
            <source>Substitute…</source>
            <translation>Dirprwy…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="49" />
            <source>They came in place of a member</source>
            <translation>Daeth yn lle aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="50" />
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="115" />
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="50" />
            <source>Take their attendance off the record</source>
            <translation>Tynnu'r presenoldeb oddi ar y cofnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="52" />
            <source>{what} (key {key} in the list)</source>
            <translation>{what} (bysell {key} yn y rhestr)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="59" />
            <source>Keys in the list: {present} present · {apologies} apologies · {absent} absent · {substitute} substitute · Delete not recorded</source>
            <translation>Bysellau yn y rhestr: {present} yn bresennol · {apologies} ymddiheuriadau · {absent} absennol · {substitute} dirprwy · Delete heb ei gofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="66" />
            <source>Add some&amp;one else…</source>
            <translation>Ychwanegu &amp;rhywun arall…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="67" />
            <source>Someone who holds no seat: an officer attending, a guest, a substitute</source>
            <translation>Rhywun heb sedd: swyddog sy'n bresennol, gwestai, dirprwy</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="91" />
            <source>P</source>
            <comment>attendance key: one letter for Present, unlike the other three</comment>
            <translation>B</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="92" />
            <source>A</source>
            <comment>attendance key: one letter for Apologies, unlike the other three</comment>
            <translation>Y</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="93" />
            <source>X</source>
            <comment>attendance key: one letter for Absent, unlike the other three</comment>
            <translation>X</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="94" />
            <source>S</source>
            <comment>attendance key: one letter for Substitute, unlike the other three</comment>
            <translation>D</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="106" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="107" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="108" />
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="108" />
            <source>Not on a seat</source>
            <translation>Dim sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="117" />
            <source>Substitute for {name}</source>
            <translation>Dirprwy yn lle {name}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="130" />
            <source>&lt;h3&gt;Nobody to mark yet&lt;/h3&gt;&lt;p&gt;No one holds a seat on {day}. Fill the seats in People &amp;amp; seats first; or add someone who came with “Add someone else…”.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Neb i'w nodi eto&lt;/h3&gt;&lt;p&gt;Does neb yn dal sedd ar ddiwrnod y cyfarfod ({day}). Llenwch y seddi ar y dudalen Pobl a seddi yn gyntaf; neu ychwanegwch rywun a ddaeth gydag “Ychwanegu rhywun arall…”.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="157" />
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="163" />
            <source>Substitute</source>
            <translation>Dirprwy</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="158" />
            <source>Nobody holds a seat on this day, so there is no member to stand in for.</source>
            <translation>Does neb yn dal sedd ar y diwrnod hwn, felly does dim aelod i ddirprwyo drosto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="163" />
            <source>{name} is standing in for:</source>
            <translation>Mae {name} yn dirprwyo dros:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="172" />
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="183" />
            <source>Add someone else</source>
            <translation>Ychwanegu rhywun arall</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="173" />
            <source>Everyone in this group's records is on the list already. Someone new can be added now.</source>
            <translation>Mae pawb yng nghofnodion y grŵp hwn ar y rhestr yn barod. Gallwch ychwanegu rhywun newydd nawr.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="175" />
            <source>Add a &amp;new person…</source>
            <translation>Ychwanegu person &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="182" />
            <source>Someone new: add a new person…</source>
            <translation>Rhywun newydd: ychwanegu person newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="184" />
            <source>Who else came? They are recorded as present; change it after if need be.</source>
            <translation>Pwy arall a ddaeth? Cânt eu cofnodi'n bresennol; newidiwch hynny wedyn os oes angen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="197" />
            <source>Take {name} off the attendance record</source>
            <translation>Tynnu {name} oddi ar y cofnod presenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="205" />
            <location filename="compactdesk/gui/pages/meeting_attendance.py" line="223" />
            <source>Record {name} as “{status}”</source>
            <translation>Cofnodi {name} fel “{status}”</translation>
        </message>
        <message>
            <source>Keys in the list: P present · A apologies · X absent · S substitute · Delete not recorded</source>
            <translation type="vanished">Bysellau yn y rhestr: P yn bresennol · A ymddiheuriadau · X absennol · S dirprwy · Delete heb ei gofnodi</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <location filename="compactdesk/services/attention.py" line="95" />
            <source>{officer}{department}: {issue}</source>
            <translation>{officer}{department}: {issue}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="96" />
            <location filename="compactdesk/services/attention.py" line="130" />
            <location filename="compactdesk/services/attention_standards.py" line="29" />
            <location filename="compactdesk/services/attention_standards.py" line="76" />
            <source>{days} overdue</source>
            <translation>{days} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="97" />
            <source>asked {raised}, due {due}</source>
            <translation>gofynnwyd {raised}, yn ddyledus {due}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="130" />
            <location filename="compactdesk/services/attention_standards.py" line="30" />
            <source>due in {days}</source>
            <translation>yn ddyledus ymhen {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="131" />
            <source>due today</source>
            <translation>yn ddyledus heddiw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="132" />
            <source>deadline {deadline}</source>
            <translation>dyddiad terfyn {deadline}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="133" />
            <source>; {partner} responsible</source>
            <translation>; {partner} yn gyfrifol</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="157" />
            <source>{seat}: vacant</source>
            <translation>{seat}: yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="159" />
            <source>vacant {days}</source>
            <translation>yn wag ers {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="161" />
            <source>vacant since {since}</source>
            <translation>yn wag ers {since}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="163" />
            <source>never filled</source>
            <translation>heb ei llenwi erioed</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="166" />
            <source>{seat}: {holder}'s term ends</source>
            <translation>{seat}: tymor {holder} yn dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="167" />
            <source>ends in {days}</source>
            <translation>yn dod i ben ymhen {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="168" />
            <source>term ends {end}</source>
            <translation>y tymor yn dod i ben {end}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="185" />
            <source>No meeting is planned</source>
            <translation>Does dim cyfarfod wedi'i drefnu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="186" />
            <source>set the date of the next meeting</source>
            <translation>pennwch ddyddiad y cyfarfod nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="187" />
            <source>{title}, {when} at {time}</source>
            <translation>{title}, {when} am {time}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="190" />
            <source>, {venue}</source>
            <translation>, {venue}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="191" />
            <source>in {days}</source>
            <translation>ymhen {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="192" />
            <source>today</source>
            <translation>heddiw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="193" />
            <source>agenda issued</source>
            <translation>agenda wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention.py" line="194" />
            <source>agenda not yet issued</source>
            <translation>agenda heb ei chyhoeddi eto</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="31" />
            <source>never</source>
            <translation>dim un</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="33" />
            <source>Review the code “{name}”</source>
            <translation>Adolygu'r cod “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="34" />
            <source>review due {due}; last reviewed {last}</source>
            <translation>adolygiad yn ddyledus {due}; adolygiad diwethaf: {last}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/attention_standards.py" line="71" />
            <source>shorter than %n week(s), no reason given</source>
            <translation>
                <numerusform>byrrach na %n wythnos, heb roi rheswm</numerusform>
                <numerusform>byrrach na %n wythnos, heb roi rheswm</numerusform>
                <numerusform>byrrach na %n wythnos, heb roi rheswm</numerusform>
                <numerusform>byrrach na %n wythnos, heb roi rheswm</numerusform>
                <numerusform>byrrach na %n wythnos, heb roi rheswm</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="73" />
            <source>respondents not yet told the outcome</source>
            <translation>ymatebwyr heb gael gwybod y canlyniad eto</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="79" />
            <source>closed {day}</source>
            <translation>wedi cau {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="80" />
            <source>closes {day}</source>
            <translation>yn cau {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="82" />
            <source>{body}: {title} — {what}</source>
            <translation>{body}: {title} — {what}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="84" />
            <source>open {opens} to {closes}; feedback due {due}</source>
            <translation>ar agor o {opens} tan {closes}; adborth yn ddyledus {due}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="117" />
            <source>{body} → {organisation}: {change} at short notice</source>
            <translation>{body} → {organisation}: {change} ar fyr rybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="119" />
            <source>{days} short</source>
            <translation>{days} yn brin</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="120" />
            <source>notice given {given}, takes effect {effective}</source>
            <translation>rhybudd wedi'i roi {given}, yn dod i rym {effective}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="130" />
            <source>Dispute: {title}</source>
            <translation>Anghydfod: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="131" />
            <source>open {days}</source>
            <translation>ar agor ers {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="132" />
            <source>raised {raised}; stage: {stage}</source>
            <translation>codwyd {raised}; cam: {stage}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/attention_standards.py" line="133" />
            <source>no stage recorded yet</source>
            <translation>dim cam wedi'i gofnodi eto</translation>
        </message>
        <message>
            <source> and </source>
            <translation type="vanished"> ac </translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="compactdesk/gui/banner.py" line="32" />
            <location filename="compactdesk/gui/banner.py" line="33" />
            <source>Hide this message</source>
            <translation>Cuddio'r neges hon</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="compactdesk/cli.py" line="50" />
            <source>--today</source>
            <translation>--today</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="58" />
            <source>Run a local compact liaison group: members and seats, meetings, the action plan and the feedback officers owe.</source>
            <translation>Rhedeg grŵp cyswllt compact lleol: aelodau a seddi, cyfarfodydd, y cynllun gweithredu a'r adborth sy'n ddyledus gan swyddogion.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="60" />
            <source>Commands: demo PATH, check GROUP_FILE, attention GROUP_FILE, search GROUP_FILE WORD…, export PAPER GROUP_FILE --out FILE, export-all GROUP_FILE FOLDER, backup GROUP_FILE [--to DIR], restore GROUP_FILE BACKUP, import KIND FILE GROUP_FILE, calendar GROUP_FILE --out FILE.ics. A GROUP_FILE is the .cdstore file that holds one group's records. 'compactdesk COMMAND --help' tells more.</source>
            <translation>Gorchmynion: demo PATH, check GROUP_FILE, attention GROUP_FILE, search GROUP_FILE WORD…, export PAPER GROUP_FILE --out FILE, export-all GROUP_FILE FOLDER, backup GROUP_FILE [--to DIR], restore GROUP_FILE BACKUP, import KIND FILE GROUP_FILE, calendar GROUP_FILE --out FILE.ics. GROUP_FILE yw'r ffeil .cdstore sy'n dal cofnodion un grŵp. Mae 'compactdesk COMMAND --help' yn dweud mwy.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="69" />
            <source>open the window on a fresh demo group (your own group's file is not touched)</source>
            <translation>agor y ffenestr ar grŵp enghreifftiol newydd (ni chaiff ffeil eich grŵp chi ei chyffwrdd)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="72" />
            <source>the group's file to open (default: your own, made on first run)</source>
            <translation>ffeil y grŵp i'w hagor (diofyn: eich ffeil chi, a wneir y tro cyntaf i chi redeg y rhaglen)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="79" />
            <source>write the demo group's file</source>
            <translation>ysgrifennu ffeil y grŵp enghreifftiol</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="81" />
            <source>the day the demo is built around, a date such as 15/01/2027</source>
            <translation>y diwrnod y mae'r enghraifft wedi'i seilio arno, dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="82" />
            <source>check that a group's file is sound, and its version</source>
            <translation>gwirio bod ffeil grŵp mewn cyflwr da, a'i fersiwn</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="84" />
            <source>what needs the secretary's attention</source>
            <translation>beth sydd angen sylw'r ysgrifennydd</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="86" />
            <location filename="compactdesk/cli_calendar.py" line="24" />
            <source>the day to look from, a date such as 15/01/2027</source>
            <translation>y diwrnod i edrych ohono, dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="87" />
            <source>find records by their words, in every kind of record: meetings, minutes, targets, feedback…</source>
            <translation>dod o hyd i gofnodion yn ôl eu geiriau, ym mhob math o gofnod: cyfarfodydd, cofnodion, targedau, adborth…</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="91" />
            <source>at most this many of each kind (default: 10)</source>
            <translation>dim mwy na'r nifer hwn o bob math (diofyn: 10)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="97" />
            <source>make a checked backup copy now (safe while the group's file is open)</source>
            <translation>gwneud copi wrth gefn wedi'i wirio nawr (yn ddiogel tra bo ffeil y grŵp ar agor)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="99" />
            <source>the folder for the copy (default: the group file's backups folder, kept in rotation)</source>
            <translation>y ffolder ar gyfer y copi (diofyn: ffolder copïau wrth gefn ffeil y grŵp, a gedwir mewn cylchdro)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="102" />
            <source>put a backup in place of the group's file, after backing up the file as it is</source>
            <translation>rhoi copi wrth gefn yn lle ffeil y grŵp, ar ôl gwneud copi wrth gefn o'r ffeil fel y mae</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="106" />
            <source>restore it even though the backup is of another group's file</source>
            <translation>ei adfer er bod y copi wrth gefn yn dod o ffeil grŵp arall</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="122" />
            <source>{path} already exists; the demo will not overwrite it. Give a new file name.</source>
            <translation>Mae {path} yn bodoli eisoes; ni fydd yr enghraifft yn ei throsysgrifo. Rhowch enw ffeil newydd.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="125" />
            <source>Wrote the demo group to {path}, as it stands on {day}.</source>
            <translation>Ysgrifennwyd y grŵp enghreifftiol i {path}, fel y mae ar y diwrnod hwn: {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="132" />
            <source>Group's file: {path}</source>
            <translation>Ffeil y grŵp: {path}</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="133" />
            <source>Schema: {revision} (this version of CompactDesk writes {head})</source>
            <translation>Sgema: {revision} (mae'r fersiwn hon o CompactDesk yn ysgrifennu {head})</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="136" />
            <source>It will be upgraded, after a backup copy, the next time it is opened.</source>
            <translation>Caiff ei huwchraddio, ar ôl gwneud copi wrth gefn, y tro nesaf y caiff ei hagor.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="138" />
            <source>Integrity: sound.</source>
            <translation>Cyfanrwydd: iawn.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="140" />
            <source>The search index is out of step with the records; it is rebuilt the next time the file is opened.</source>
            <translation>Nid yw'r mynegai chwilio yn cyd-fynd â'r cofnodion; caiff ei ailadeiladu y tro nesaf yr agorir y ffeil.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="143" />
            <source>Integrity: PROBLEMS FOUND</source>
            <translation>Cyfanrwydd: WEDI CANFOD PROBLEMAU</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="146" />
            <source>Do not make changes in this group's file; restore it from a backup copy.</source>
            <translation>Peidiwch â gwneud newidiadau yn ffeil y grŵp hwn; adferwch hi o gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="147" />
            <location filename="compactdesk/cli.py" line="289" />
            <location filename="compactdesk/cli.py" line="293" />
            <location filename="compactdesk/cli.py" line="297" />
            <source>compactdesk: {message}</source>
            <translation>compactdesk: {message}</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="159" />
            <source>{group}: what needs attention on {day}</source>
            <translation>{group}: beth sydd angen sylw, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="162" />
            <source>This group's file is empty. Open it in CompactDesk and start with the compact's name, then the members and the next meeting.</source>
            <translation>Mae ffeil y grŵp hwn yn wag. Agorwch hi yn CompactDesk a dechreuwch ag enw'r compact, yna'r aelodau a'r cyfarfod nesaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="166" />
            <source>Feedback overdue, oldest first</source>
            <translation>Adborth sy'n hwyr, yr hynaf yn gyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="167" />
            <source>Action plan targets overdue or due soon</source>
            <translation>Targedau'r cynllun gweithredu sy'n hwyr neu'n ddyledus cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="168" />
            <source>Seats vacant or ending soon</source>
            <translation>Seddi gwag neu rai sy'n dod i ben cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="169" />
            <source>Next meeting</source>
            <translation>Cyfarfod nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="171" />
            <source>The compact's standards: reviews, consultations, funding notices, disputes</source>
            <translation>Safonau'r compact: adolygiadau, ymgynghoriadau, rhybuddion am newid cyllid, anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="177" />
            <source>Nothing.</source>
            <translation>Dim byd.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="191" />
            <source>Nothing found for “{text}”.</source>
            <translation>Dim byd wedi'i ganfod ar gyfer “{text}”.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="200" />
            <source>… and more: add a word, or give --limit</source>
            <translation>… a mwy: ychwanegwch air, neu rhowch --limit</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="211" />
            <source>The folder {folder} does not exist. Choose a folder that does.</source>
            <translation>Nid yw'r ffolder {folder} yn bodoli. Dewiswch ffolder sy'n bodoli.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="216" />
            <source>Backed up to {path} (checked: sound).</source>
            <translation>Copi wrth gefn wedi'i wneud yn {path} (wedi'i wirio: iawn).</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="226" />
            <source>{reason} Restore it all the same?</source>
            <translation>{reason} Ei adfer beth bynnag?</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="227" />
            <source>Not restored: {reason} If that is what you want, add --other-group.</source>
            <translation>Heb ei adfer: {reason} Os mai dyna rydych chi ei eisiau, ychwanegwch --other-group.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="230" />
            <source>Restored {store} from {backup}.</source>
            <translation>Adferwyd {store} o'r copi {backup}.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="232" />
            <source>The group's file as it was is kept in {path}.</source>
            <translation>Mae ffeil y grŵp fel yr oedd wedi'i chadw yn {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="247" />
            <source>There is no good backup of it beside it. Restore one kept elsewhere with: compactdesk restore GROUP_FILE BACKUP</source>
            <translation>Does dim copi wrth gefn da ohoni wrth ei hochr. Adferwch un a gedwir yn rhywle arall gyda: compactdesk restore GROUP_FILE BACKUP</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="250" />
            <source>Its newest good backup was made {when}. To bring it back (the damaged file is copied beside its backups first):</source>
            <translation>Ei chopi wrth gefn da diweddaraf: {when}. I'w hadfer (caiff y ffeil sydd wedi'i difrodi ei chopïo wrth ymyl ei chopïau wrth gefn yn gyntaf):</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="261" />
            <source>y</source>
            <translation>i</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="261" />
            <source>yes</source>
            <translation>ie</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="286" />
            <source>Give either --demo or a group's file, not both.</source>
            <translation>Rhowch naill ai --demo neu ffeil grŵp, nid y ddau.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="307" />
            <source>compactdesk: something went wrong that CompactDesk did not expect. Your group's file has not been changed by the failed step. Details are in {log}; please send that file with a note of what you were doing.</source>
            <translation>compactdesk: digwyddodd rhywbeth nad oedd CompactDesk yn ei ddisgwyl. Nid yw ffeil eich grŵp wedi'i newid gan y cam a fethodd. Mae'r manylion yn y ffeil {log}; anfonwch y ffeil honno gyda nodyn o'r hyn yr oeddech yn ei wneud.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="326" />
            <source>{where} cannot be written to: the disk, the folder or the file is read-only. Choose a folder you can write to, or make it writable.</source>
            <translation>Does dim modd ysgrifennu i {where}: mae'r ddisg, y ffolder neu'r ffeil yn ddarllen yn unig. Dewiswch ffolder y gallwch ysgrifennu iddo, neu newidiwch y gosodiad darllen yn unig.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="329" />
            <source>The disk is full ({where}). Free some space, then try again.</source>
            <translation>Mae'r ddisg yn llawn ({where}). Rhyddhewch rywfaint o le, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli.py" line="330" />
            <source>{where}: {reason}. Check the path, then try again.</source>
            <translation>{where}: {reason}. Gwiriwch y llwybr, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_calendar.py" line="13" />
            <source>write the meetings and deadlines as a calendar file (.ics)</source>
            <translation>ysgrifennu'r cyfarfodydd a'r dyddiadau terfyn fel ffeil calendr (.ics)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_calendar.py" line="14" />
            <source>Write the group's meetings and its open deadlines (feedback due, action plan targets, consultations closing, code reviews, funding notices) as an iCalendar file for Outlook, Google, Apple or Thunderbird. Importing a newer file updates the events already imported instead of adding them twice.</source>
            <translation>Ysgrifennu cyfarfodydd y grŵp a'i ddyddiadau terfyn agored (adborth yn ddyledus, targedau'r cynllun gweithredu, ymgynghoriadau'n cau, adolygiadau codau ymarfer, rhybuddion am newid cyllid) fel ffeil iCalendar ar gyfer Outlook, Google, Apple neu Thunderbird. Mae mewnforio ffeil fwy newydd yn diweddaru'r digwyddiadau a fewnforiwyd eisoes yn lle eu hychwanegu ddwywaith.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_calendar.py" line="19" />
            <location filename="compactdesk/cli_papers.py" line="24" />
            <source>the file to write</source>
            <translation>y ffeil i'w hysgrifennu</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_calendar.py" line="20" />
            <source>only this meeting, by its number</source>
            <translation>dim ond y cyfarfod hwn, yn ôl ei rif</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_calendar.py" line="21" />
            <source>the calendar's language: en (English), cy (Cymraeg) or both (Welsh first) (default: cy when the system's language is Welsh, else en)</source>
            <translation>iaith y calendr: en (Saesneg), cy (Cymraeg) neu both (y Gymraeg yn gyntaf) (diofyn: cy pan fo iaith y system yn Gymraeg, fel arall en)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="16" />
            <source>bring people, organisations, seats, targets or feedback in from a spreadsheet (.xlsx, .xls, .ods or .csv)</source>
            <translation>dod â phobl, sefydliadau, seddi, targedau neu adborth i mewn o daenlen (.xlsx, .xls, .ods neu .csv)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="18" />
            <source>Import the rows of a spreadsheet into a group's file, without questions: columns are read by their headers (English or Welsh); people, organisations and the rest already held are matched, not added again; an organisation named slightly differently from one held is refused, to be chosen in the import window or written as held. Prints what was imported, what was matched and what was refused, with row numbers; exits with 1 when it refused anything. KIND is one of: {kinds}.</source>
            <translation>Mewnforio rhesi taenlen i ffeil grŵp, heb gwestiynau: caiff colofnau eu darllen yn ôl eu penawdau (Saesneg neu Gymraeg); caiff pobl, sefydliadau a'r gweddill sydd eisoes yn y ffeil eu paru, nid eu hychwanegu eto; caiff sefydliad sydd â'i enw ychydig yn wahanol i un sydd yn y ffeil ei wrthod, i'w ddewis yn y ffenestr fewnforio neu i'w ysgrifennu fel y mae yn y ffeil. Mae'n argraffu beth a fewnforiwyd, beth a barwyd a beth a wrthodwyd, gyda rhifau'r rhesi; mae'n gorffen gyda chod 1 os gwrthododd unrhyw beth. Mae KIND yn un o'r rhain: {kinds}.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="26" />
            <source>what the rows are: people, organisations, seats, targets or feedback</source>
            <translation>beth yw'r rhesi: people, organisations, seats, targets neu feedback</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="28" />
            <source>the spreadsheet: .xlsx, .xls, .ods or .csv</source>
            <translation>y daenlen: .xlsx, .xls, .ods neu .csv</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="30" />
            <source>the group's file to import into; it must exist already</source>
            <translation>ffeil y grŵp i fewnforio iddi; rhaid iddi fodoli eisoes</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="31" />
            <source>the sheet of the workbook to read (default: the first with anything in it)</source>
            <translation>y ddalen o'r llyfr gwaith i'w darllen (diofyn: y gyntaf sydd ag unrhyw beth ynddi)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="33" />
            <source>the day of the import (progress without a date is dated this day), a date such as 15/01/2027</source>
            <translation>diwrnod y mewnforio (rhoddir y dyddiad hwn i gynnydd heb ddyddiad), dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="44" />
            <source>{path} does not exist. Give the group's file to import into; make a new group in the window first.</source>
            <translation>Nid yw {path} yn bodoli. Rhowch ffeil y grŵp i fewnforio iddi; gwnewch grŵp newydd yn y ffenestr yn gyntaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="57" />
            <source>{file}, read as {kind}, header in row {row}.</source>
            <translation>{file}, wedi'i darllen fel {kind}, pennawd yn rhes {row}.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="61" />
            <location filename="compactdesk/cli_import.py" line="65" />
            <source>row {row}: {what}</source>
            <translation>rhes {row}: {what}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/cli_import.py" line="67" />
            <location filename="compactdesk/cli_import.py" line="87" />
            <source>Refused %n row(s)</source>
            <translation>
                <numerusform>Gwrthodwyd %n rhes</numerusform>
                <numerusform>Gwrthodwyd %n rhes</numerusform>
                <numerusform>Gwrthodwyd %n rhes</numerusform>
                <numerusform>Gwrthodwyd %n rhes</numerusform>
                <numerusform>Gwrthodwyd %n rhes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="78" />
            <source>Nothing was imported from {file}:</source>
            <translation>Ni fewnforiwyd dim byd o'r ffeil {file}:</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_import.py" line="83" />
            <source>On the command line the columns are read by their headers: give the column the header shown ({labels}), or import the file in the window, where each column's meaning can be chosen.</source>
            <translation>Ar y llinell orchymyn caiff y colofnau eu darllen yn ôl eu penawdau: rhowch y pennawd a ddangosir i'r golofn ({labels}), neu mewnforiwch y ffeil yn y ffenestr, lle gallwch ddewis ystyr pob colofn.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="19" />
            <source>write a paper as Word (.docx) or PDF (.pdf)</source>
            <translation>ysgrifennu papur fel Word (.docx) neu PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="20" />
            <source>Write a paper. The file name's ending (.pdf or .docx) says which format; an existing file is only replaced once the new one is complete.</source>
            <translation>Ysgrifennu papur. Mae diwedd enw'r ffeil (.pdf neu .docx) yn dweud pa fformat; dim ond pan fydd y ffeil newydd yn gyflawn y caiff ffeil sy'n bodoli ei disodli.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="25" />
            <source>agenda, pack and minutes: the meeting's number, or next or last (default: next for agendas, last for minutes)</source>
            <translation>agenda, pecyn a chofnodion: rhif y cyfarfod, neu next (nesaf) neu last (diwethaf) (diofyn: next ar gyfer agendâu, last ar gyfer cofnodion)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="27" />
            <source>feedback log and chase letters: only this officer</source>
            <translation>cofnod adborth a llythyrau atgoffa: y swyddog hwn yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="29" />
            <source>chase letters: one file per officer, named after --out</source>
            <translation>llythyrau atgoffa: un ffeil i bob swyddog, wedi'i henwi ar ôl --out</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="31" />
            <source>action plan: group targets by partner instead of code area</source>
            <translation>cynllun gweithredu: grwpio targedau yn ôl partner yn lle maes cod</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="32" />
            <source>annual review: the year it covers, e.g. 2026 (default: this year from October, else last year)</source>
            <translation>adolygiad blynyddol: y flwyddyn y mae'n ei chwmpasu, e.e. 2026 (diofyn: eleni o fis Hydref ymlaen, fel arall y llynedd)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="34" />
            <source>feedback log and action plan: besides everything still open, what was answered, done or dropped since this day (such as 15/01/2027), or 'all' for everything (default: since the last formal meeting, or the last 3 months when there is none)</source>
            <translation>cofnod adborth a chynllun gweithredu: yn ogystal â phopeth sy'n dal ar agor, yr hyn a atebwyd, a gwblhawyd neu a ollyngwyd ers y diwrnod hwn (fel 15/01/2027), neu 'popeth' ar gyfer popeth (diofyn: ers y cyfarfod ffurfiol diwethaf, neu'r 3 mis diwethaf pan nad oes un)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="38" />
            <source>16 pt type instead of 12 pt</source>
            <translation>teip 16 pt yn lle 12 pt</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="39" />
            <source>agenda and pack: once the file is written, mark the meeting's agenda as issued</source>
            <translation>agenda a phecyn: pan fydd y ffeil wedi'i hysgrifennu, nodi bod agenda'r cyfarfod wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="41" />
            <source>the day the paper is dated, a date such as 15/01/2027</source>
            <translation>y diwrnod y mae'r papur wedi'i ddyddio, dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="44" />
            <source>write every paper of every year and a CSV of every kind of record</source>
            <translation>ysgrifennu pob papur o bob blwyddyn a CSV o bob math o gofnod</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="45" />
            <source>Write a handover: every paper of every year, a CSV of every kind of record and the attached papers, into a new or empty folder (or one that holds an earlier handover, which is brought up to date).</source>
            <translation>Ysgrifennu pecyn trosglwyddo: pob papur o bob blwyddyn, CSV o bob math o gofnod a'r papurau atodedig, i ffolder newydd neu wag (neu un sy'n dal pecyn trosglwyddo cynharach, a gaiff ei ddiweddaru).</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="50" />
            <source>the day the papers are dated, a date such as 15/01/2027</source>
            <translation>y diwrnod y mae'r papurau wedi'u dyddio, dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="57" />
            <source>the papers' language: en (English), cy (Cymraeg) or both (Welsh first) (default: cy when the system's language is Welsh, else en)</source>
            <translation>iaith y papurau: en (Saesneg), cy (Cymraeg) neu both (y Gymraeg yn gyntaf) (diofyn: cy pan fo iaith y system yn Gymraeg, fel arall en)</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="76" />
            <source>all</source>
            <translation>popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="79" />
            <source>--since</source>
            <translation>--since</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="90" />
            <source>give the year as four digits, e.g. 2026</source>
            <translation>rhowch y flwyddyn fel pedwar digid, e.e. 2026</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="103" />
            <source>--mark-issued goes with the agenda or the agenda pack: it marks the agenda that has gone to the members.</source>
            <translation>Mae --mark-issued yn mynd gyda'r agenda neu'r pecyn agenda: mae'n nodi'r agenda sydd wedi mynd at yr aelodau.</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="108" />
            <source>Wrote {path}</source>
            <translation>Ysgrifennwyd {path}</translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="123" />
            <source>Marked the agenda for {day} as issued</source>
            <translation>Nodwyd bod agenda {day} wedi'i chyhoeddi</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/cli_papers.py" line="132" />
            <source>Wrote %n file(s) into {folder}</source>
            <translation>
                <numerusform>Ysgrifennwyd %n ffeil i'r ffolder {folder}</numerusform>
                <numerusform>Ysgrifennwyd %n ffeil i'r ffolder {folder}</numerusform>
                <numerusform>Ysgrifennwyd %n ffeil i'r ffolder {folder}</numerusform>
                <numerusform>Ysgrifennwyd %n ffeil i'r ffolder {folder}</numerusform>
                <numerusform>Ysgrifennwyd %n ffeil i'r ffolder {folder}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/cli_papers.py" line="134" />
            <source>Not written: {what} ({why})</source>
            <translation>Heb ei ysgrifennu: {what} ({why})</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/cli_calendar.py" line="35" />
            <source>Wrote %n event(s) to {path}</source>
            <translation>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/cli_import.py" line="59" />
            <source>Imported %n row(s)</source>
            <translation>
                <numerusform>Mewnforiwyd %n rhes</numerusform>
                <numerusform>Mewnforiwyd %n rhes</numerusform>
                <numerusform>Mewnforiwyd %n rhes</numerusform>
                <numerusform>Mewnforiwyd %n rhes</numerusform>
                <numerusform>Mewnforiwyd %n rhes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/cli_import.py" line="62" />
            <source>Matched %n row(s) to records already held</source>
            <translation>
                <numerusform>Parwyd %n rhes â chofnodion sydd eisoes yn y ffeil</numerusform>
                <numerusform>Parwyd %n rhes â chofnodion sydd eisoes yn y ffeil</numerusform>
                <numerusform>Parwyd %n rhes â chofnodion sydd eisoes yn y ffeil</numerusform>
                <numerusform>Parwyd %n rhes â chofnodion sydd eisoes yn y ffeil</numerusform>
                <numerusform>Parwyd %n rhes â chofnodion sydd eisoes yn y ffeil</numerusform>
            </translation>
        </message>
        <message>
            <source>Commands: demo PATH, check GROUP_FILE, attention GROUP_FILE, search GROUP_FILE WORD…, export PAPER GROUP_FILE --out FILE, export-all GROUP_FILE FOLDER, backup GROUP_FILE [--to DIR], restore GROUP_FILE BACKUP, import KIND FILE GROUP_FILE. A GROUP_FILE is the .cdstore file that holds one group's records. 'compactdesk COMMAND --help' tells more.</source>
            <translation type="vanished">Gorchmynion: demo PATH, check GROUP_FILE, attention GROUP_FILE, search GROUP_FILE WORD…, export PAPER GROUP_FILE --out FILE, export-all GROUP_FILE FOLDER, backup GROUP_FILE [--to DIR], restore GROUP_FILE BACKUP, import KIND FILE GROUP_FILE. GROUP_FILE yw'r ffeil .cdstore sy'n dal cofnodion un grŵp. Mae 'compactdesk COMMAND --help' yn dweud mwy.</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="compactdesk/services/calendar.py" line="114" />
            <source>meeting</source>
            <translation>cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="131" />
            <source>liaison group</source>
            <translation>grŵp cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="133" />
            <source>{group} meeting</source>
            <translation>Cyfarfod y {group}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="135" />
            <source>{kind} ({group})</source>
            <translation>{kind} ({group})</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="138" />
            <source>The agenda covers:</source>
            <translation>Mae'r agenda'n cynnwys:</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="161" />
            <source>Feedback due from {officer}: {issue}</source>
            <translation>Adborth yn ddyledus gan {officer}: {issue}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="163" />
            <source>Raised on {day}.</source>
            <translation>Codwyd ar {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="165" />
            <source>Department: {department}</source>
            <translation>Adran: {department}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="181" />
            <source>Action plan deadline: {target}</source>
            <translation>Dyddiad terfyn y cynllun gweithredu: {target}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="182" />
            <source>Lead: {name}</source>
            <translation>Arweinydd: {name}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="196" />
            <source>Consultation closes: {title}</source>
            <translation>Ymgynghoriad yn cau: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="197" />
            <source>Run by {body}; opened on {day}.</source>
            <translation>Yn cael ei gynnal gan {body}; agorodd ar {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="218" />
            <source>Code of practice review due: {code}</source>
            <translation>Adolygiad cod ymarfer yn ddyledus: {code}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="232" />
            <source>Funding change takes effect: {organisation}</source>
            <translation>Newid cyllid yn dod i rym: {organisation}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="234" />
            <source>{change}; notice given by {body} on {day}.</source>
            <translation>{change}; rhybudd wedi'i roi gan {body} ar {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="313" />
            <source>A calendar is made in English (en), Welsh (cy) or both (both); “{language}” is none of them.</source>
            <translation>Gwneir calendr yn Saesneg (en), yn Gymraeg (cy) neu yn y ddwy iaith (both); nid yw “{language}” yn un ohonynt.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/calendar.py" line="330" />
            <source>There is nothing to put in a calendar yet: no meeting is planned and nothing falls due. Plan a meeting (or add a deadline) first, then export the calendar again.</source>
            <translation>Does dim i'w roi mewn calendr eto: does dim cyfarfod wedi'i gynllunio a does dim yn ddyledus. Cynlluniwch gyfarfod (neu ychwanegwch ddyddiad terfyn) yn gyntaf, yna allforiwch y calendr eto.</translation>
        </message>
    </context>
    <context>
        <name>CalendarDays</name>
        <message>
            <location filename="compactdesk/domain/calendar_days.py" line="15" />
            <source>That is a Saturday.</source>
            <translation>Dydd Sadwrn yw hwnnw.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/calendar_days.py" line="16" />
            <source>That is a Sunday.</source>
            <translation>Dydd Sul yw hwnnw.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/calendar_days.py" line="51" />
            <source>That is a bank holiday, in place of {holiday}.</source>
            <translation>Gŵyl banc yw hwnnw, yn lle {holiday}.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/calendar_days.py" line="53" />
            <source>That is a bank holiday ({holiday}).</source>
            <translation>Gŵyl banc yw hwnnw ({holiday}).</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="82" />
            <source>Export a ca&amp;lendar…</source>
            <translation>Allf&amp;orio calendr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="84" />
            <source>The meetings and the deadlines (feedback due, targets, consultations closing, reviews, funding notices) as a file for Outlook, Google, Apple or Thunderbird's calendar</source>
            <translation>Y cyfarfodydd a'r dyddiadau terfyn (adborth yn ddyledus, targedau, ymgynghoriadau'n cau, adolygiadau, rhybuddion am newid cyllid) fel ffeil ar gyfer calendr Outlook, Google, Apple neu Thunderbird</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="110" />
            <source>{group} calendar</source>
            <translation>Calendr {group}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="111" />
            <source>Export a calendar</source>
            <translation>Allforio calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="112" />
            <location filename="compactdesk/gui/calendar_files.py" line="159" />
            <source>Calendar files (*.ics)</source>
            <translation>Ffeiliau calendr (*.ics)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="140" />
            <location filename="compactdesk/gui/calendar_files.py" line="144" />
            <source>The meeting was not added to a calendar</source>
            <translation>Ni chafodd y cyfarfod ei ychwanegu at galendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="148" />
            <source>The meeting went to your calendar program: check it there and save it.</source>
            <translation>Aeth y cyfarfod i'ch rhaglen galendr: gwiriwch ef yno a'i gadw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="152" />
            <source>No calendar program opened it</source>
            <translation>Ni wnaeth unrhyw raglen galendr ei agor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="153" />
            <source>This computer has no program set to open calendar files (.ics). Save the meeting's file somewhere instead, to import it into your calendar or send it on?</source>
            <translation>Nid oes gan y cyfrifiadur hwn raglen wedi'i gosod i agor ffeiliau calendr (.ics). Cadw ffeil y cyfarfod yn rhywle yn lle hynny, i'w mewnforio i'ch calendr neu i'w hanfon ymlaen?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="158" />
            <source>Save the meeting for a calendar</source>
            <translation>Cadw'r cyfarfod ar gyfer calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="166" />
            <source>The meeting was not saved</source>
            <translation>Ni chafodd y cyfarfod ei gadw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="169" />
            <source>Saved as {path}</source>
            <translation>Wedi'i gadw fel {path}</translation>
        </message>
    </context>
    <context>
        <name>CalendarJob</name>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="48" />
            <source>Reading the meetings and deadlines</source>
            <translation>Wrthi'n darllen y cyfarfodydd a'r dyddiadau terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="54" />
            <source>Exporting a calendar</source>
            <translation>Wrthi'n allforio calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="57" />
            <source>Calendar exported</source>
            <translation>Calendr wedi'i allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="66" />
            <source>The calendar was not exported</source>
            <translation>Ni chafodd y calendr ei allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="69" />
            <source>The export was stopped; no calendar was written.</source>
            <translation>Cafodd yr allforio ei atal; ni chafodd unrhyw galendr ei ysgrifennu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/calendar_files.py" line="73" />
            <source>Something went wrong that CompactDesk did not expect, so the calendar was not exported. The group's file was not changed: every record is as it was.

Details are in {log}. Please send that file with a note of what you were doing.</source>
            <translation>Aeth rhywbeth o'i le nad oedd CompactDesk yn ei ddisgwyl, felly ni chafodd y calendr ei allforio. Ni newidiwyd ffeil y grŵp: mae pob cofnod fel yr oedd.

Mae'r manylion yn y ffeil {log}. Anfonwch y ffeil honno gyda nodyn o'r hyn roeddech chi'n ei wneud.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/calendar_files.py" line="61" />
            <source>Wrote %n event(s) to {path}.

Import it into Outlook, Google, Apple or Thunderbird's calendar. Importing a newer one later updates these events instead of adding them twice.</source>
            <translation>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}.

Mewnforiwch ef i galendr Outlook, Google, Apple neu Thunderbird. Mae mewnforio un mwy newydd yn nes ymlaen yn diweddaru'r digwyddiadau hyn yn lle eu hychwanegu ddwywaith.</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}.

Mewnforiwch ef i galendr Outlook, Google, Apple neu Thunderbird. Mae mewnforio un mwy newydd yn nes ymlaen yn diweddaru'r digwyddiadau hyn yn lle eu hychwanegu ddwywaith.</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}.

Mewnforiwch ef i galendr Outlook, Google, Apple neu Thunderbird. Mae mewnforio un mwy newydd yn nes ymlaen yn diweddaru'r digwyddiadau hyn yn lle eu hychwanegu ddwywaith.</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}.

Mewnforiwch ef i galendr Outlook, Google, Apple neu Thunderbird. Mae mewnforio un mwy newydd yn nes ymlaen yn diweddaru'r digwyddiadau hyn yn lle eu hychwanegu ddwywaith.</numerusform>
                <numerusform>Ysgrifennwyd %n digwyddiad i {path}.

Mewnforiwch ef i galendr Outlook, Google, Apple neu Thunderbird. Mae mewnforio un mwy newydd yn nes ymlaen yn diweddaru'r digwyddiadau hyn yn lle eu hychwanegu ddwywaith.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Champions</name>
        <message>
            <location filename="compactdesk/services/champions.py" line="32" />
            <source>department</source>
            <translation>adran</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="37" />
            <source>Choose the public body the department belongs to.</source>
            <translation>Dewiswch y corff cyhoeddus y mae'r adran yn perthyn iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="39" />
            <source>public body</source>
            <translation>corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="41" />
            <source>{name} is in the voluntary and community sector. Departments, each with its {label}, are kept for public bodies: choose the council or another public body.</source>
            <translation>Mae {name} yn y sector gwirfoddol a chymunedol. Dim ond ar gyfer cyrff cyhoeddus y cedwir adrannau a'u {label}: dewiswch y cyngor neu gorff cyhoeddus arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="49" />
            <source>the department's name</source>
            <translation>enw'r adran</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="56" />
            <source>{body} already has a department called {name}. Use that one, or tell them apart in the name.</source>
            <translation>Mae gan {body} adran o'r enw {name} eisoes. Defnyddiwch honno, neu gwahaniaethwch rhyngddynt yn yr enw.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="68" />
            <source>{person} works for {their}, not {body}. A department's {label} works for the body itself: choose someone from {body}, or correct {person}'s organisation on the People page.</source>
            <translation>Mae {person} yn gweithio i {their}, nid {body}. Rhaid i {label} adran weithio i'r corff ei hun: dewiswch rywun o {body}, neu cywirwch sefydliad {person} ar y dudalen Pobl a seddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/champions.py" line="128" />
            <source>Choose who is to be the {label}.</source>
            <translation>Dewiswch bwy fydd y {label}.</translation>
        </message>
        <message>
            <source>{name} is in the voluntary and community sector. Departments and their {label}s are kept for public bodies: choose the council or another public body.</source>
            <translation type="vanished">Mae {name} yn y sector gwirfoddol a chymunedol. Dim ond ar gyfer cyrff cyhoeddus y cedwir adrannau a'u {label}: dewiswch y cyngor neu gorff cyhoeddus arall.</translation>
        </message>
    </context>
    <context>
        <name>ChampionsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="51" />
            <source>New &amp;department…</source>
            <translation>&amp;Adran newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="85" />
            <source>&amp;Gaps only: departments with no {label}</source>
            <translation>&amp;Bylchau yn unig: adrannau heb {label}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="86" />
            <source>&amp;Name the {label}…</source>
            <translation>&amp;Enwi'r {label}…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="87" />
            <source>Choose who is the {label} of the chosen department</source>
            <translation>Dewiswch bwy yw {label} yr adran a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="88" />
            <source>Clear &amp;the {label}</source>
            <translation>&amp;Clirio'r {label}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="89" />
            <source>The chosen department no longer has a {label}: it shows as a gap</source>
            <translation>Does gan yr adran a ddewiswyd ddim {label} bellach: mae'n dangos fel bwlch</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="91" />
            <source>Add a department of a public body, with its {label} if known (Ctrl+N)</source>
            <translation>Ychwanegu adran corff cyhoeddus, gyda {label} yr adran os yw'n hysbys (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="95" />
            <location filename="compactdesk/gui/pages/signup_champions.py" line="118" />
            <source>No {label} — a gap</source>
            <translation>Dim {label} — bwlch</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="95" />
            <location filename="compactdesk/gui/pages/signup_champions.py" line="112" />
            <source>Gap?</source>
            <translation>Bwlch?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="106" />
            <source>Body</source>
            <translation>Corff</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="108" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="111" />
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="119" />
            <source>Has a {label}</source>
            <translation>Gyda {label}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="123" />
            <source>Nobody is named as the {label} of {department} ({body}). Ask {body} to name someone, then choose “Name the {label}…”.</source>
            <translation>Does neb wedi'i enwi fel {label} ar gyfer {department} ({body}). Gofynnwch i {body} enwi rhywun, yna dewiswch “Enwi'r {label}…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="127" />
            <source>{person}{role}, is the {label} of {department} ({body}).</source>
            <translation>{person}{role}, yw'r {label} ar gyfer {department} ({body}).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="131" />
            <source>Departments and their champions</source>
            <translation>Adrannau a'u hyrwyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="134" />
            <source>Search body, department, {label} or role (Ctrl+F)</source>
            <translation>Chwilio corff, adran, {label} neu rôl (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="137" />
            <source>&lt;h3&gt;No departments yet&lt;/h3&gt;&lt;p&gt;Add each department of the council and the other public bodies with Ctrl+N, and name its {label}. Departments with nobody named show as gaps, so the group can ask for one.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim adrannau eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch bob adran o'r cyngor a'r cyrff cyhoeddus eraill gyda Ctrl+N, ac enwch {label} yr adran. Mae adrannau heb neb wedi'i enwi yn dangos fel bylchau, fel y gall y grŵp ofyn am rywun.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="151" />
            <source>&lt;h3&gt;No gaps&lt;/h3&gt;&lt;p&gt;Every department has a {label}. Untick “Gaps only” to see them all.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim bylchau&lt;/h3&gt;&lt;p&gt;Mae gan bob adran {label}. Dad-diciwch “Bylchau yn unig” i weld y cyfan.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_champions.py" line="159" />
            <source>Showing {shown} of {total} · %n gap(s)</source>
            <translation>
                <numerusform>Yn dangos {shown} o {total} · %n bwlch</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n bwlch</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n bwlch</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n bwlch</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n bwlch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="175" />
            <source>&lt;b&gt;{body}&lt;/b&gt;: {championed} of {departments} departments have a {label}</source>
            <translation>&lt;b&gt;{body}&lt;/b&gt;: mae gan {championed} o {departments} adran {label}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="176" />
            <source>&lt;b&gt;{body}&lt;/b&gt;: {championed} of 1 department has a {label}</source>
            <translation>&lt;b&gt;{body}&lt;/b&gt;: mae gan {championed} o 1 adran {label}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_champions.py" line="181" />
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n bwlch</numerusform>
                <numerusform>%n bwlch</numerusform>
                <numerusform>%n bwlch</numerusform>
                <numerusform>%n bwlch</numerusform>
                <numerusform>%n bwlch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_champions.py" line="187" />
            <source>Overall: {championed} of %n department(s) ({share}%)</source>
            <translation>
                <numerusform>Cyfanswm: {championed} o %n adran ({share}%)</numerusform>
                <numerusform>Cyfanswm: {championed} o %n adran ({share}%)</numerusform>
                <numerusform>Cyfanswm: {championed} o %n adran ({share}%)</numerusform>
                <numerusform>Cyfanswm: {championed} o %n adran ({share}%)</numerusform>
                <numerusform>Cyfanswm: {championed} o %n adran ({share}%)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="191" />
            <source>No departments recorded yet for {bodies}.</source>
            <translation>Dim adrannau wedi'u cofnodi eto ar gyfer {bodies}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="193" />
            <source>Add the public bodies on the People &amp;amp; seats page, then their departments here.</source>
            <translation>Ychwanegwch y cyrff cyhoeddus ar y dudalen Pobl a seddi, yna eu hadrannau yma.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_champions.py" line="208" />
            <source> and %n more</source>
            <translation>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="211" />
            <source>Marked as {labels} on the People page but named for no department: {names}. Choose their department and “Name the {label}…”.</source>
            <translation>Wedi'u nodi fel {labels} ar y dudalen Pobl a seddi ond heb eu henwi ar gyfer unrhyw adran: {names}. Dewiswch eu hadran, yna “Enwi'r {label}…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_champions.py" line="214" />
            <source>Marked on the People page as a {label} but named for no department: {names}. Choose their department and “Name the {label}…”.</source>
            <translation>Wedi'u nodi ar y dudalen Pobl fel {label} ond heb eu henwi ar gyfer unrhyw adran: {names}. Dewiswch eu hadran, yna “Enwi'r {label}…”.</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="72" />
            <source>Adopted</source>
            <translation>Wedi'i fabwysiadu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="73" />
            <source> month</source>
            <translation> mis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="73" />
            <location filename="ui/code_dialog.ui" line="23" />
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="76" />
            <source>New code of practice</source>
            <translation>Cod ymarfer newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="80" />
            <source>Edit code of practice</source>
            <translation>Golygu cod ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="100" />
            <source>Not in force, so no review is due.</source>
            <translation>Nid yw mewn grym, felly does dim adolygiad yn ddyledus.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="102" />
            <source>Give the adoption date: an adopted code's reviews are counted from it.</source>
            <translation>Rhowch y dyddiad mabwysiadu: caiff adolygiadau cod wedi'i fabwysiadu eu cyfrif o'r dyddiad hwnnw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="108" />
            <source>Next review due {day}.</source>
            <translation>Mae'r adolygiad nesaf yn ddyledus {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="117" />
            <source>Add code “{name}”</source>
            <translation>Ychwanegu'r cod “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="119" />
            <source>Edit code “{name}”</source>
            <translation>Golygu'r cod “{name}”</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="6" />
            <source>Code of practice</source>
            <translation>Cod ymarfer</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="10" />
            <source>One of the national Compact's five codes: every compact has it, so it cannot be deleted. Its status says how far the group has taken it up.</source>
            <translation>Un o bum cod y Compact cenedlaethol: mae gan bob compact ef, felly ni ellir ei ddileu. Mae ei statws yn dangos pa mor bell y mae'r grŵp wedi'i fabwysiadu.</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="16" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="17" />
            <source>For example: Commissioning, or Information and communication</source>
            <translation>Er enghraifft: Comisiynu, neu Gwybodaeth a chyfathrebu</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="18" />
            <source>&amp;Status:</source>
            <translation>&amp;Statws:</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="20" />
            <source>&amp;Adopted on:</source>
            <translation>&amp;Mabwysiadwyd ar:</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="22" />
            <source>Review e&amp;very:</source>
            <translation>Adolygu &amp;bob:</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="25" />
            <source>N&amp;otes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
        <message>
            <location filename="ui/code_dialog.ui" line="26" />
            <source>Where the code stands: drafting, consultation, plain-language check…</source>
            <translation>Sefyllfa'r cod: drafftio, ymgynghori, gwiriad iaith glir…</translation>
        </message>
    </context>
    <context>
        <name>CodeReviewDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="140" />
            <source>never</source>
            <translation>dim un</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="141" />
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="142" />
            <source>Next review due {when}. Last reviewed: {last}.</source>
            <translation>Adolygiad nesaf: {when}. Adolygiad diwethaf: {last}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="143" />
            <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{where}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{where}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="158" />
            <source>The next review will then be due {day}.</source>
            <translation>Yna, bydd yr adolygiad nesaf yn ddyledus erbyn {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="162" />
            <source>Record a review of “{name}”</source>
            <translation>Cofnodi adolygiad o “{name}”</translation>
        </message>
        <message>
            <location filename="ui/code_review_dialog.ui" line="6" />
            <source>Record a review</source>
            <translation>Cofnodi adolygiad</translation>
        </message>
        <message>
            <location filename="ui/code_review_dialog.ui" line="17" />
            <source>Reviewed &amp;on:</source>
            <translation>Dyddiad yr &amp;adolygiad:</translation>
        </message>
        <message>
            <location filename="ui/code_review_dialog.ui" line="20" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <location filename="ui/code_review_dialog.ui" line="21" />
            <source>Who reviewed it, and what changed</source>
            <translation>Pwy a'i adolygodd, a beth a newidiodd</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="compactdesk/services/codes.py" line="28" />
            <source>code of practice</source>
            <translation>cod ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="32" />
            <source>the code's name</source>
            <translation>enw'r cod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="38" />
            <source>There is already a code called “{name}”. Open that one, or give this one a name that tells them apart.</source>
            <translation>Mae cod o'r enw “{name}” eisoes. Agorwch hwnnw, neu rhowch enw i'r un hwn sy'n dangos y gwahaniaeth rhyngddynt.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="45" />
            <source>code status</source>
            <translation>statws cod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="46" />
            <source>the date it was adopted</source>
            <translation>y dyddiad y cafodd ei fabwysiadu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="49" />
            <source>A code that is “{status}” needs the date it was adopted, because its reviews are counted from that day. Give the adoption date (the first of the month will do if the day is not known).</source>
            <translation>Mae angen y dyddiad mabwysiadu ar god sy'n “{status}”, oherwydd bod ei adolygiadau'n cael eu cyfrif o'r diwrnod hwnnw. Rhowch y dyddiad mabwysiadu (bydd diwrnod cyntaf y mis yn gwneud y tro os nad yw'r diwrnod yn hysbys).</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="58" />
            <source>the review interval in months</source>
            <translation>y cyfnod rhwng adolygiadau, mewn misoedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="60" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="93" />
            <source>“{name}” is one of the national Compact's five codes, so it stays in every group's records. If the group has not taken it up, leave its status as Proposed.</source>
            <translation>Mae “{name}” yn un o bum cod y Compact cenedlaethol, felly mae'n aros yng nghofnodion pob grŵp. Os nad yw'r grŵp wedi mabwysiadu'r cod, gadewch ei statws fel Arfaethedig.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/codes.py" line="99" />
            <source>“{name}” is the code of %n action-plan target(s). Move those targets to another code (or to none) on the Action plan page first, then delete it.</source>
            <translation>
                <numerusform>“{name}” yw cod %n targed yn y cynllun gweithredu. Symudwch y targedau hynny i god arall (neu i ddim cod) ar y dudalen Cynllun gweithredu cyn ei ddileu.</numerusform>
                <numerusform>“{name}” yw cod %n targed yn y cynllun gweithredu. Symudwch y targedau hynny i god arall (neu i ddim cod) ar y dudalen Cynllun gweithredu cyn ei ddileu.</numerusform>
                <numerusform>“{name}” yw cod %n targed yn y cynllun gweithredu. Symudwch y targedau hynny i god arall (neu i ddim cod) ar y dudalen Cynllun gweithredu cyn ei ddileu.</numerusform>
                <numerusform>“{name}” yw cod %n targed yn y cynllun gweithredu. Symudwch y targedau hynny i god arall (neu i ddim cod) ar y dudalen Cynllun gweithredu cyn ei ddileu.</numerusform>
                <numerusform>“{name}” yw cod %n targed yn y cynllun gweithredu. Symudwch y targedau hynny i god arall (neu i ddim cod) ar y dudalen Cynllun gweithredu cyn ei ddileu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="113" />
            <source>“{name}” is “{status}”, not in force, so there is no review to record. Once it is adopted, set its status and adoption date first.</source>
            <translation>Mae “{name}” yn “{status}”, ac nid yw mewn grym, felly nid oes adolygiad i'w gofnodi. Pan fydd wedi'i fabwysiadu, gosodwch ei statws a'i ddyddiad mabwysiadu yn gyntaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="118" />
            <source>the date of the review</source>
            <translation>dyddiad yr adolygiad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="120" />
            <source>The review ({day}) cannot come before the code was adopted ({adopted}). Check the date.</source>
            <translation>Ni all yr adolygiad ({day}) fod cyn i'r cod gael ei fabwysiadu ({adopted}). Gwiriwch y dyddiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="124" />
            <source>The review is dated {day}, after today. Record a review once it has been held.</source>
            <translation>Mae dyddiad yr adolygiad, {day}, ar ôl heddiw. Cofnodwch adolygiad ar ôl iddo gael ei gynnal.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="128" />
            <source>the note on the review</source>
            <translation>y nodyn ar yr adolygiad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="136" />
            <source>review</source>
            <translation>adolygiad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="200" />
            <source>the 'due soon' window in days</source>
            <translation>y cyfnod 'yn ddyledus cyn bo hir' mewn diwrnodau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="210" />
            <source>Not in force</source>
            <translation>Nid yw mewn grym</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="211" />
            <source>No adoption date</source>
            <translation>Dim dyddiad mabwysiadu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="213" />
            <source>Overdue since {day}</source>
            <translation>Yn hwyr ers {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="215" />
            <source>Due today</source>
            <translation>Yn ddyledus heddiw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="216" />
            <source>Due {day}</source>
            <translation>Yn ddyledus {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="223" />
            <source>last reviewed {day}</source>
            <translation>adolygwyd ddiwethaf ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="224" />
            <source>adopted {day} and not reviewed since</source>
            <translation>mabwysiadwyd ar {day} a heb ei adolygu ers hynny</translation>
        </message>
        <message>
            <location filename="compactdesk/services/codes.py" line="226" />
            <source>Review overdue by {days}: due {due} (reviewed every {every}); {since}.</source>
            <translation>Adolygiad {days} yn hwyr: roedd yn ddyledus ar {due} (adolygir bob {every}); {since}.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/codes.py" line="232" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mis</numerusform>
                <numerusform>%n mis</numerusform>
                <numerusform>%n mis</numerusform>
                <numerusform>%n mis</numerusform>
                <numerusform>%n mis</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodesTab</name>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/standards_codes.py" line="40" />
            <source>%n action-plan target(s) under this code</source>
            <translation>
                <numerusform>%n targed yn y cynllun gweithredu o dan y cod hwn</numerusform>
                <numerusform>%n targed yn y cynllun gweithredu o dan y cod hwn</numerusform>
                <numerusform>%n targed yn y cynllun gweithredu o dan y cod hwn</numerusform>
                <numerusform>%n targed yn y cynllun gweithredu o dan y cod hwn</numerusform>
                <numerusform>%n targed yn y cynllun gweithredu o dan y cod hwn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="121" />
            <source>The national Compact's five codes are always here; add the group's own with Ctrl+N. A code in force is reviewed every so many months, counted from its adoption or its last review.</source>
            <translation>Mae pum cod y Compact cenedlaethol yma bob amser; ychwanegwch godau'r grŵp ei hun gyda Ctrl+N. Caiff cod sydd mewn grym ei adolygu bob hyn a hyn o fisoedd, wedi'u cyfrif o'i fabwysiadu neu o'i adolygiad diwethaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="123" />
            <source>Record a &amp;review…</source>
            <translation>Cofnodi &amp;adolygiad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="126" />
            <source>Re&amp;move review</source>
            <translation>&amp;Tynnu adolygiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="128" />
            <source>Take the chosen review out of the history, e.g. one recorded twice</source>
            <translation>Tynnu'r adolygiad a ddewiswyd o'r hanes, e.e. un a gofnodwyd ddwywaith</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="155" />
            <source>Reviewed on</source>
            <translation>Dyddiad yr adolygiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="157" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="160" />
            <source>Reviews of the code</source>
            <translation>Adolygiadau o'r cod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="192" />
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="194" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="194" />
            <source>National</source>
            <translation>Cenedlaethol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="194" />
            <source>Local</source>
            <translation>Lleol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="196" />
            <source>One of the national Compact's five codes</source>
            <translation>Un o bum cod y Compact cenedlaethol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="197" />
            <source>A code of this compact's own</source>
            <translation>Cod sy'n perthyn i'r compact hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="198" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="202" />
            <source>Adopted</source>
            <translation>Mabwysiadwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="205" />
            <source>Not adopted</source>
            <translation>Heb ei fabwysiadu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="206" />
            <source>Review every</source>
            <translation>Adolygu bob</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="208" />
            <source>Last reviewed</source>
            <translation>Adolygiad diwethaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="211" />
            <source>Not reviewed yet</source>
            <translation>Heb ei adolygu eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="213" />
            <source>Next review</source>
            <translation>Adolygiad nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="216" />
            <source>Targets</source>
            <translation>Targedau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="226" />
            <source>Adopted {adopted}, reviewed every {every}; next review due {due}.</source>
            <translation>Mabwysiadwyd ar {adopted}, adolygir bob {every}; adolygiad nesaf erbyn {due}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="230" />
            <source>{status}: a code has a review date once it is adopted.</source>
            <translation>{status}: mae gan god ddyddiad adolygu pan fydd wedi'i fabwysiadu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="235" />
            <source>Codes of practice</source>
            <translation>Codau ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="238" />
            <source>Search name, status or review (Ctrl+F)</source>
            <translation>Chwilio enw, statws neu adolygiad (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="241" />
            <source>&lt;h3&gt;No codes of practice&lt;/h3&gt;&lt;p&gt;Codes turn the compact's principles into practice: funding, consultation, volunteering and more. Add the group's codes with Ctrl+N.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim codau ymarfer&lt;/h3&gt;&lt;p&gt;Mae codau'n troi egwyddorion y compact yn ymarfer: cyllid, ymgynghori, gwirfoddoli a mwy. Ychwanegwch godau'r grŵp gyda Ctrl+N.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="252" />
            <source>Choose a code to see its reviews.</source>
            <translation>Dewiswch god i weld ei adolygiadau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="253" />
            <source>Choose a code above to see when it was reviewed.</source>
            <translation>Dewiswch god uchod i weld pryd y cafodd ei adolygu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="255" />
            <source>Reviews of “{name}”</source>
            <translation>Adolygiadau o “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="256" />
            <source>No reviews recorded yet. When the group reviews this code, record it with “Record a review…” and the next review moves on.</source>
            <translation>Dim adolygiadau wedi'u cofnodi eto. Pan fydd y grŵp yn adolygu'r cod hwn, cofnodwch hynny gyda “Cofnodi adolygiad…” a bydd yr adolygiad nesaf yn symud ymlaen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="258" />
            <source>This code is not in force, so it has no reviews to record. Set its status and adoption date (Enter) once the group adopts it.</source>
            <translation>Nid yw'r cod hwn mewn grym, felly nid oes ganddo adolygiadau i'w cofnodi. Gosodwch ei statws a'i ddyddiad mabwysiadu (Enter) pan fydd y grŵp yn ei fabwysiadu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="272" />
            <source>Record the day the group reviewed the chosen code; its next review is counted from then</source>
            <translation>Cofnodi'r diwrnod yr adolygodd y grŵp y cod a ddewiswyd; bydd ei adolygiad nesaf yn cael ei gyfrif o hynny</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="273" />
            <source>Choose a code that is adopted or under review</source>
            <translation>Dewiswch god sydd wedi'i fabwysiadu neu sy'n cael ei adolygu</translation>
        </message>
    </context>
    <context>
        <name>ColumnsBar</name>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="68" />
            <source>How each column is read</source>
            <translation>Sut y darllenir pob colofn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="103" />
            <source>{letter}: (no heading)</source>
            <translation>{letter}: (dim pennawd)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="106" />
            <source>Column {letter}: “{heading}”; the first entry is “{sample}”</source>
            <translation>Colofn {letter}: “{heading}”; y cofnod cyntaf yw “{sample}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="110" />
            <source>Column {letter} ({heading}) is read as</source>
            <translation>Darllenir colofn {letter} ({heading}) fel</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="111" />
            <source>no heading</source>
            <translation>dim pennawd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="112" />
            <source>Not imported</source>
            <translation>Heb ei mewnforio</translation>
        </message>
    </context>
    <context>
        <name>Compact</name>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="11" />
            <source>liaison group</source>
            <translation>grŵp cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="11" />
            <source>steering group</source>
            <translation>grŵp llywio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="12" />
            <source>champion</source>
            <translation>hyrwyddwr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="12" />
            <source>representative</source>
            <translation>cynrychiolydd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="17" />
            <source>liaison groups</source>
            <translation>grwpiau cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="18" />
            <source>steering groups</source>
            <translation>grwpiau llywio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="19" />
            <source>champions</source>
            <translation>hyrwyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/offered_words.py" line="20" />
            <source>representatives</source>
            <translation>cynrychiolwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="27" />
            <source>Set up the compact first: give it a name and an area.</source>
            <translation>Sefydlwch y compact yn gyntaf: rhowch enw ac ardal iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="34" />
            <source>This group's records already hold a compact. Each group's file keeps one compact; start a new group for another.</source>
            <translation>Mae compact yng nghofnodion y grŵp hwn eisoes. Mae ffeil pob grŵp yn cadw un compact; dechreuwch grŵp newydd ar gyfer un arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="36" />
            <location filename="compactdesk/services/compact.py" line="55" />
            <source>the compact's name</source>
            <translation>enw'r compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="37" />
            <location filename="compactdesk/services/compact.py" line="56" />
            <source>the area</source>
            <translation>yr ardal</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="46" />
            <source>the compact's name in Welsh</source>
            <translation>enw'r compact yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="57" />
            <source>a word for the group</source>
            <translation>gair am y grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="58" />
            <source>a word for a champion</source>
            <translation>gair am hyrwyddwr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="63" />
            <source>the word for the group in Welsh</source>
            <translation>y gair am y grŵp yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="67" />
            <source>the word for a champion in Welsh</source>
            <translation>y gair am hyrwyddwr yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="69" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="109" />
            <source>the consultation length in weeks</source>
            <translation>hyd ymgynghoriad mewn wythnosau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="112" />
            <source>the weeks allowed for feedback on a consultation</source>
            <translation>yr wythnosau a ganiateir ar gyfer adborth ar ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="115" />
            <location filename="compactdesk/services/funding.py" line="85" />
            <source>the funding notice in months</source>
            <translation>y rhybudd am newid cyllid mewn misoedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="118" />
            <source>the days allowed for feedback</source>
            <translation>y diwrnodau a ganiateir ar gyfer adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="120" />
            <source>the 'due soon' window in days</source>
            <translation>y cyfnod 'yn ddyledus cyn bo hir' mewn diwrnodau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="137" />
            <source>compact status</source>
            <translation>statws compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="138" />
            <source>the date of the change</source>
            <translation>dyddiad y newid</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="139" />
            <source>the note</source>
            <translation>y nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="153" />
            <location filename="compactdesk/services/compact.py" line="161" />
            <source>status change</source>
            <translation>newid statws</translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="179" />
            <source>partner body</source>
            <translation>corff partner</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="276" />
            <source>Consultations run at least %n week(s).</source>
            <translation>
                <numerusform>Mae ymgynghoriadau'n para %n wythnos o leiaf.</numerusform>
                <numerusform>Mae ymgynghoriadau'n para %n wythnos o leiaf.</numerusform>
                <numerusform>Mae ymgynghoriadau'n para %n wythnos o leiaf.</numerusform>
                <numerusform>Mae ymgynghoriadau'n para %n wythnos o leiaf.</numerusform>
                <numerusform>Mae ymgynghoriadau'n para %n wythnos o leiaf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="278" />
            <source>Respondents hear what was done with their views within %n week(s) of closing.</source>
            <translation>
                <numerusform>Mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn %n wythnos i'r dyddiad cau.</numerusform>
                <numerusform>Mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn %n wythnos i'r dyddiad cau.</numerusform>
                <numerusform>Mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn %n wythnos i'r dyddiad cau.</numerusform>
                <numerusform>Mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn %n wythnos i'r dyddiad cau.</numerusform>
                <numerusform>Mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn %n wythnos i'r dyddiad cau.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="281" />
            <source>Funding changes: at least one calendar month's notice.</source>
            <translation>Newidiadau i gyllid: rhybudd o un mis calendr o leiaf.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="284" />
            <source>Funding changes: at least %n calendar months' notice.</source>
            <translation>
                <numerusform>Newidiadau i gyllid: rhybudd o %n mis calendr o leiaf.</numerusform>
                <numerusform>Newidiadau i gyllid: rhybudd o %n mis calendr o leiaf.</numerusform>
                <numerusform>Newidiadau i gyllid: rhybudd o %n mis calendr o leiaf.</numerusform>
                <numerusform>Newidiadau i gyllid: rhybudd o %n mis calendr o leiaf.</numerusform>
                <numerusform>Newidiadau i gyllid: rhybudd o %n mis calendr o leiaf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="288" />
            <source>Feedback owed by the next meeting, or within %n day(s) of being asked when no meeting is planned.</source>
            <translation>
                <numerusform>Rhaid rhoi adborth erbyn y cyfarfod nesaf, neu o fewn %n diwrnod i'r cais pan nad oes cyfarfod wedi'i gynllunio.</numerusform>
                <numerusform>Rhaid rhoi adborth erbyn y cyfarfod nesaf, neu o fewn %n diwrnod i'r cais pan nad oes cyfarfod wedi'i gynllunio.</numerusform>
                <numerusform>Rhaid rhoi adborth erbyn y cyfarfod nesaf, neu o fewn %n diwrnod i'r cais pan nad oes cyfarfod wedi'i gynllunio.</numerusform>
                <numerusform>Rhaid rhoi adborth erbyn y cyfarfod nesaf, neu o fewn %n diwrnod i'r cais pan nad oes cyfarfod wedi'i gynllunio.</numerusform>
                <numerusform>Rhaid rhoi adborth erbyn y cyfarfod nesaf, neu o fewn %n diwrnod i'r cais pan nad oes cyfarfod wedi'i gynllunio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="292" />
            <source>Feedback owed within %n day(s) of being asked.</source>
            <translation>
                <numerusform>Rhaid rhoi adborth o fewn %n diwrnod i'r cais.</numerusform>
                <numerusform>Rhaid rhoi adborth o fewn %n diwrnod i'r cais.</numerusform>
                <numerusform>Rhaid rhoi adborth o fewn %n diwrnod i'r cais.</numerusform>
                <numerusform>Rhaid rhoi adborth o fewn %n diwrnod i'r cais.</numerusform>
                <numerusform>Rhaid rhoi adborth o fewn %n diwrnod i'r cais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/compact.py" line="294" />
            <source>Deadlines show as ‘due soon’ only on the day itself.</source>
            <translation>Dim ond ar y diwrnod ei hun y dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/compact.py" line="297" />
            <source>Deadlines show as ‘due soon’ from %n day(s) before.</source>
            <translation>
                <numerusform>Dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’ o %n diwrnod cyn y dyddiad.</numerusform>
                <numerusform>Dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’ o %n diwrnod cyn y dyddiad.</numerusform>
                <numerusform>Dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’ o %n diwrnod cyn y dyddiad.</numerusform>
                <numerusform>Dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’ o %n diwrnod cyn y dyddiad.</numerusform>
                <numerusform>Dangosir dyddiadau terfyn fel ‘yn ddyledus cyn bo hir’ o %n diwrnod cyn y dyddiad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompactDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="77" />
            <source>Edit the compact “{name}”</source>
            <translation>Golygu'r compact “{name}”</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="6" />
            <source>The compact's details</source>
            <translation>Manylion y compact</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="11" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="12" />
            <source>For example: Dyfnant Compact</source>
            <translation>Er enghraifft: Compact Dyfnant</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="13" />
            <source>In &amp;Welsh:</source>
            <translation>Yn G&amp;ymraeg:</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="13" />
            <location filename="ui/compact_dialog.ui" line="14" />
            <location filename="ui/compact_dialog.ui" line="25" />
            <location filename="ui/compact_dialog.ui" line="26" />
            <location filename="ui/compact_dialog.ui" line="29" />
            <location filename="ui/compact_dialog.ui" line="30" />
            <source>Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.</source>
            <translation>Mae papurau Cymraeg a dwyieithog, a'r ffenestr yn Gymraeg, yn defnyddio hwn. Os yw'n wag, maen nhw'n defnyddio'r Saesneg.</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="14" />
            <source>For example: Compact Sir Ddinbych</source>
            <translation>Er enghraifft: Compact Sir Ddinbych</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="15" />
            <source>&amp;Area:</source>
            <translation>&amp;Ardal:</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="16" />
            <source>The county, borough or district it covers</source>
            <translation>Y sir, y fwrdeistref neu'r ardal y mae'n ei chwmpasu</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="19" />
            <source>Some compacts use other words, such as “steering group” or “representative”. CompactDesk uses yours on screen and in papers.</source>
            <translation>Mae rhai compactau'n defnyddio geiriau eraill, fel “grŵp llywio” neu “cynrychiolydd”. Mae CompactDesk yn defnyddio eich geiriau chi ar y sgrin ac yn y papurau.</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="23" />
            <source>The &amp;group is called:</source>
            <translation>Gair am y &amp;grŵp (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="24" />
            <source>liaison group</source>
            <translation>grŵp cyswllt</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="25" />
            <source>In W&amp;elsh:</source>
            <translation>Yn Gy&amp;mraeg:</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="27" />
            <source>A &amp;champion is called:</source>
            <translation>Gair am &amp;hyrwyddwr (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="28" />
            <source>champion</source>
            <translation>hyrwyddwr</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="29" />
            <source>In We&amp;lsh:</source>
            <translation>Yn Gym&amp;raeg:</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="31" />
            <source>N&amp;otes:</source>
            <translation>N&amp;odiadau:</translation>
        </message>
        <message>
            <location filename="ui/compact_dialog.ui" line="32" />
            <source>Who agreed it, where the signed copy is kept, anything a new secretary should know</source>
            <translation>Pwy a gytunodd arno, ble y cedwir y copi wedi'i lofnodi, unrhyw beth y dylai ysgrifennydd newydd ei wybod</translation>
        </message>
    </context>
    <context>
        <name>CompactPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="65" />
            <location filename="compactdesk/gui/pages/compact.py" line="248" />
            <source>Compact</source>
            <translation>Compact</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="78" />
            <source>{status} (planned)</source>
            <translation>{status} (wedi'i gynllunio)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="83" />
            <source>{date}: dated after today, so not yet in force</source>
            <translation>{date}: wedi'i ddyddio ar ôl heddiw, felly nid yw mewn grym eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="84" />
            <source>{date}: where the compact stands now</source>
            <translation>{date}: sefyllfa'r compact nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="91" />
            <source>From</source>
            <translation>Ers</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="93" />
            <location filename="compactdesk/gui/pages/compact.py" line="155" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="94" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="115" />
            <source>Edit de&amp;tails…</source>
            <translation>Golygu'r &amp;manylion…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="116" />
            <source>Change the name, area, the words your group uses and the notes (F2)</source>
            <translation>Newid yr enw, yr ardal, y geiriau y mae eich grŵp yn eu defnyddio a'r nodiadau (F2)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="163" />
            <source>Status history</source>
            <translation>Hanes y statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="173" />
            <source>Record where it stands now…</source>
            <translation>Cofnodi'r sefyllfa nawr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="176" />
            <location filename="compactdesk/gui/pages/compact.py" line="361" />
            <source>&amp;Record a status change…</source>
            <translation>&amp;Cofnodi newid statws…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="177" />
            <source>Where the compact stands now, and from when (Ctrl+N)</source>
            <translation>Sefyllfa'r compact nawr, ac o ba ddyddiad (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="179" />
            <source>Re&amp;move</source>
            <translation>&amp;Tynnu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="180" />
            <source>Remove the chosen status change (Delete); Ctrl+Z takes it back</source>
            <translation>Tynnu'r newid statws a ddewiswyd (Delete); mae Ctrl+Z yn ei adfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="182" />
            <source>Double-click a change to correct it.</source>
            <translation>Cliciwch ddwywaith ar newid i'w gywiro.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="196" />
            <source>Standards</source>
            <translation>Safonau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="199" />
            <source>Change &amp;standards…</source>
            <translation>Newid y &amp;safonau…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="210" />
            <source>Choose &amp;partners…</source>
            <translation>Dewis &amp;partneriaid…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="216" />
            <source>No compact set up yet</source>
            <translation>Dim compact wedi'i sefydlu eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="218" />
            <source>Start by giving the compact its name and the area it covers, and say where it stands: just starting, in draft, signed… Its standards (12 weeks for a consultation, 3 months' notice of a funding change), the partner bodies that signed and the status history can be filled in afterwards.</source>
            <translation>Dechreuwch drwy roi enw i'r compact a'r ardal y mae'n ei chwmpasu, a dweud beth yw ei sefyllfa: newydd ddechrau, drafft, wedi'i lofnodi… Gellir llenwi ei safonau (12 wythnos ar gyfer ymgynghoriad, rhybudd o 3 mis am newid cyllid), y cyrff partner a'i lofnododd a hanes y statws wedyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="222" />
            <location filename="compactdesk/gui/pages/compact.py" line="361" />
            <source>&amp;Set up the compact…</source>
            <translation>&amp;Sefydlu'r compact…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="269" />
            <source>No status recorded yet. Record where the compact stands (just starting, in draft, signed…) and from when.</source>
            <translation>Dim statws wedi'i gofnodi eto. Cofnodwch sefyllfa'r compact (newydd ddechrau, drafft, wedi'i lofnodi…) ac o ba ddyddiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="286" />
            <source>The group is called “{group}”; a champion is called “{champion}”.</source>
            <translation>Gelwir y grŵp yn “{group}”; gelwir hyrwyddwr yn “{champion}”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="290" />
            <source>No status is in force yet.</source>
            <translation>Nid oes statws mewn grym eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="292" />
            <source>Now: &lt;b&gt;{status}&lt;/b&gt;, since {date}</source>
            <translation>Nawr: &lt;b&gt;{status}&lt;/b&gt;, ers {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/compact.py" line="296" />
            <source>Partner bodies that signed (%n)</source>
            <translation>
                <numerusform>Cyrff partner a'i lofnododd (%n)</numerusform>
                <numerusform>Cyrff partner a'i lofnododd (%n)</numerusform>
                <numerusform>Cyrff partner a'i lofnododd (%n)</numerusform>
                <numerusform>Cyrff partner a'i lofnododd (%n)</numerusform>
                <numerusform>Cyrff partner a'i lofnododd (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="298" />
            <source>None chosen yet. Choose the council and the other bodies that signed: who has signed up is itself a measure of the compact.</source>
            <translation>Dim wedi'u dewis eto. Dewiswch y cyngor a'r cyrff eraill a'i lofnododd: mae pwy sydd wedi ymrwymo ynddo'i hun yn fesur o'r compact.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/compact.py" line="394" />
            <source>Remove status “{status}”</source>
            <translation>Tynnu'r statws “{status}”</translation>
        </message>
    </context>
    <context>
        <name>ConsultationDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="182" />
            <source>Published</source>
            <translation>Wedi'i gyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="191" />
            <source>New consultation</source>
            <translation>Ymgynghoriad newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="196" />
            <source>Edit consultation</source>
            <translation>Golygu'r ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="213" />
            <source>Choose the public body…</source>
            <translation>Dewiswch y corff cyhoeddus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="223" />
            <source>It cannot close before it opens.</source>
            <translation>Ni all gau cyn iddo agor.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="232" />
            <source>{length}. Give the reason below if the body gave one.</source>
            <translation>{length}. Rhowch y rheswm isod os rhoddodd y corff un.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="246" />
            <source>Add consultation “{title}”</source>
            <translation>Ychwanegu'r ymgynghoriad “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="248" />
            <source>Edit consultation “{title}”</source>
            <translation>Golygu'r ymgynghoriad “{title}”</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="6" />
            <source>Consultation</source>
            <translation>Ymgynghoriad</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="10" />
            <source>&amp;Title:</source>
            <translation>&amp;Teitl:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="11" />
            <source>What the public body consulted on</source>
            <translation>Ar beth yr ymgynghorodd y corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="12" />
            <source>Public &amp;body:</source>
            <translation>&amp;Corff cyhoeddus:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="14" />
            <source>&amp;Opened on:</source>
            <translation>Dyddiad a&amp;gor:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="16" />
            <source>&amp;Closes on:</source>
            <translation>Dyddiad ca&amp;u:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="19" />
            <source>&amp;Reason if shorter:</source>
            <translation>&amp;Rheswm os yn fyrrach:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="20" />
            <source>Why the body ran it for less than the standard, if it said</source>
            <translation>Pam y cynhaliodd y corff ef am lai na'r safon, os dywedodd</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="21" />
            <source>&amp;Feedback published:</source>
            <translation>&amp;Adborth wedi'i gyhoeddi:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="24" />
            <source>Res&amp;ponses:</source>
            <translation>&amp;Ymatebion:</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="25" />
            <source>Blank if not known</source>
            <translation>Gwag os nad yw'n hysbys</translation>
        </message>
        <message>
            <location filename="ui/consultation_dialog.ui" line="26" />
            <source>&amp;Notes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
    </context>
    <context>
        <name>Consultations</name>
        <message>
            <location filename="compactdesk/services/consultations.py" line="28" />
            <source>consultation</source>
            <translation>ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="48" />
            <source>Choose the public body.</source>
            <translation>Dewiswch y corff cyhoeddus.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="49" />
            <source>public body</source>
            <translation>corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="51" />
            <source>{name} is in the voluntary and community sector, not a public body. Choose the council, the health board or another public body.</source>
            <translation>Mae {name} yn y sector gwirfoddol a chymunedol, nid yn gorff cyhoeddus. Dewiswch y cyngor, y bwrdd iechyd neu gorff cyhoeddus arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="62" />
            <source>the number of responses</source>
            <translation>nifer yr ymatebion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="68" />
            <source>the day it opened</source>
            <translation>y diwrnod yr agorodd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="69" />
            <source>the day it closed</source>
            <translation>y diwrnod y caeodd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="70" />
            <source>the closing day</source>
            <translation>y dyddiad cau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="70" />
            <location filename="compactdesk/services/consultations.py" line="75" />
            <source>the opening day</source>
            <translation>y dyddiad agor</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="72" />
            <location filename="compactdesk/services/consultations.py" line="74" />
            <source>the day feedback was published</source>
            <translation>y diwrnod y cyhoeddwyd adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="77" />
            <source>the consultation's title</source>
            <translation>teitl yr ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="81" />
            <source>the reason it was shorter</source>
            <translation>y rheswm pam yr oedd yn fyrrach</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="85" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/consultations.py" line="123" />
            <location filename="compactdesk/services/consultations.py" line="127" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/consultations.py" line="125" />
            <location filename="compactdesk/services/consultations.py" line="127" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="126" />
            <source>{weeks} {days}</source>
            <translation>{weeks} a {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="134" />
            <source>the {weeks}-week standard</source>
            <translation>safon {weeks} wythnos</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="136" />
            <source>Open {length}, meeting {standard}</source>
            <translation>Ar agor am {length}, sy'n bodloni'r {standard}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="142" />
            <source>Open {length} — {short} short of {standard}, for a reason given</source>
            <translation>Ar agor am {length} — {short} yn brin o'r {standard}, am reswm a roddwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="144" />
            <source>Open {length} — {short} short of {standard}, no reason given</source>
            <translation>Ar agor am {length} — {short} yn brin o'r {standard}, heb reswm</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="153" />
            <source>Feedback published {day}, {late} late</source>
            <translation>Adborth wedi'i gyhoeddi ar {day}, {late} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="155" />
            <source>Feedback published {day}</source>
            <translation>Adborth wedi'i gyhoeddi ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="157" />
            <source>Feedback to respondents {late} overdue</source>
            <translation>Adborth i ymatebwyr {late} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="160" />
            <source>Feedback to be published {day}</source>
            <translation>Adborth i'w gyhoeddi ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="162" />
            <source>Open until {closes}; feedback due by {due}</source>
            <translation>Ar agor tan {closes}; adborth yn ddyledus erbyn {due}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="164" />
            <source>Feedback due by {due}</source>
            <translation>Adborth yn ddyledus erbyn {due}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="175" />
            <source>{length}: {short} short, reason given</source>
            <translation>{length}: {short} yn brin, rheswm wedi'i roi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="177" />
            <source>{length}: {short} short</source>
            <translation>{length}: {short} yn brin</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="184" />
            <source>Published {day}, {late} late</source>
            <translation>Cyhoeddwyd ar {day}, {late} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="186" />
            <source>Published {day}</source>
            <translation>Cyhoeddwyd ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="188" />
            <source>{late} overdue</source>
            <translation>{late} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="191" />
            <source>To be published {day}</source>
            <translation>I'w gyhoeddi ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/consultations.py" line="192" />
            <source>Due by {due}</source>
            <translation>Yn ddyledus erbyn {due}</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="32" />
            <source>The compact's standard: a consultation runs at least {weeks} (shorter only for a reason given), and respondents hear what was done with their views within {feedback} of its closing. The numbers are set on the Compact page.</source>
            <translation>Safon y compact: mae ymgynghoriad yn para {weeks} o leiaf (yn fyrrach dim ond am reswm a roddir), ac mae ymatebwyr yn clywed beth a wnaed â'u barn o fewn {feedback} i'r dyddiad cau. Caiff y niferoedd eu gosod ar y dudalen Compact.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="35" />
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="36" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
                <numerusform>%n wythnos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="43" />
            <source>Consultation</source>
            <translation>Ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="45" />
            <source>Public body</source>
            <translation>Corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="46" />
            <source>Opened</source>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="49" />
            <source>Closes</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="52" />
            <source>Length</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="55" />
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="72" />
            <source>Reason given: {reason}</source>
            <translation>Rheswm a roddwyd: {reason}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="57" />
            <source>Feedback to respondents</source>
            <translation>Adborth i ymatebwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="60" />
            <source>Responses</source>
            <translation>Ymatebion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="62" />
            <source>Not known</source>
            <translation>Anhysbys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="78" />
            <source>Consultations</source>
            <translation>Ymgynghoriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="81" />
            <source>Search title, body, length or feedback (Ctrl+F)</source>
            <translation>Chwilio teitl, corff, hyd neu adborth (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_consultations.py" line="84" />
            <source>&lt;h3&gt;No consultations recorded yet&lt;/h3&gt;&lt;p&gt;When a public body consults the sector, add it here (Ctrl+N) to check it against the {weeks}-week standard and to see whether respondents were told what came of it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim ymgynghoriadau wedi'u cofnodi eto&lt;/h3&gt;&lt;p&gt;Pan fydd corff cyhoeddus yn ymgynghori â'r sector, ychwanegwch yr ymgynghoriad yma (Ctrl+N) i'w wirio yn erbyn y safon {weeks} wythnos ac i weld a gafodd ymatebwyr wybod beth a ddaeth ohono.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="47" />
            <location filename="compactdesk/gui/pages/dashboard.py" line="239" />
            <source>Dashboard</source>
            <translation>Dangosfwrdd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="163" />
            <source>&amp;Issue the agenda…</source>
            <translation>&amp;Cyhoeddi'r agenda…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="164" />
            <source>Make the next meeting's agenda (or its agenda pack), mark it as issued and write the email that sends it to the members</source>
            <translation>Gwneud agenda'r cyfarfod nesaf (neu ei becyn agenda), nodi ei bod wedi'i chyhoeddi ac ysgrifennu'r e-bost sy'n ei hanfon at yr aelodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="167" />
            <location filename="compactdesk/gui/pages/dashboard.py" line="320" />
            <source>Open the &amp;meeting</source>
            <translation>&amp;Agor y cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="191" />
            <source>Attention list</source>
            <translation>Rhestr materion sydd angen sylw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="192" />
            <source>Double-click a line, or press Enter, to open it</source>
            <translation>Cliciwch ddwywaith ar linell, neu pwyswch Enter, i'w hagor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="216" />
            <source>Set &amp;up the group…</source>
            <translation>&amp;Sefydlu'r grŵp…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="217" />
            <source>Add a &amp;seat…</source>
            <translation>Ychwanegu s&amp;edd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="218" />
            <location filename="compactdesk/gui/pages/dashboard.py" line="320" />
            <source>Plan a &amp;meeting…</source>
            <translation>&amp;Cynllunio cyfarfod…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="297" />
            <source>Your liaison group</source>
            <translation>Eich grŵp cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="298" />
            <source>What needs your attention on {day}</source>
            <translation>Beth sydd angen eich sylw: {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="307" />
            <source>A new group, with nothing in it yet</source>
            <translation>Grŵp newydd, heb ddim ynddo eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="309" />
            <source>&lt;h2&gt;Nothing here yet&lt;/h2&gt;&lt;p&gt;This group's file has no compact, members or meetings in it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start with the compact:&lt;/b&gt; “Set up the group…” asks its name and area, then the seats and who holds them, and the date of the next meeting. A list of members kept in a spreadsheet comes in with &lt;nobr&gt;File ▸ Import&lt;/nobr&gt;. From then on this page lists what needs chasing.&lt;/p&gt;&lt;p&gt;To look around first, choose File ▸ Open the demo group: an invented group to try things on.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Dim byd yma eto&lt;/h2&gt;&lt;p&gt;Nid oes compact, aelodau na chyfarfodydd yn ffeil y grŵp hwn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dechreuwch gyda'r compact:&lt;/b&gt; mae “Sefydlu'r grŵp…” yn gofyn am ei enw a'i ardal, yna'r seddi a phwy sydd ynddynt, a dyddiad y cyfarfod nesaf. Daw rhestr o aelodau a gedwir mewn taenlen i mewn drwy &lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;. O hynny ymlaen, mae'r dudalen hon yn rhestru'r hyn y mae angen mynd ar ei ôl.&lt;/p&gt;&lt;p&gt;I edrych o gwmpas yn gyntaf, dewiswch Ffeil ▸ Agor y grŵp enghreifftiol: grŵp dychmygol i roi cynnig ar bethau.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="322" />
            <source>&lt;b&gt;No meeting is planned.&lt;/b&gt; Set the date of the next meeting.</source>
            <translation>&lt;b&gt;Nid oes cyfarfod wedi'i gynllunio.&lt;/b&gt; Gosodwch ddyddiad y cyfarfod nesaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="324" />
            <source>{title}: {day} at {time}</source>
            <translation>{title}: {day} am {time}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="327" />
            <source>, {venue}</source>
            <translation>, {venue}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="329" />
            <source>The agenda has been issued.</source>
            <translation>Mae'r agenda wedi'i chyhoeddi.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/dashboard.py" line="332" />
            <source>&lt;b&gt;The agenda has not been issued yet&lt;/b&gt; and the meeting is in %n day(s).</source>
            <translation>
                <numerusform>&lt;b&gt;Nid yw'r agenda wedi'i chyhoeddi eto&lt;/b&gt; ac mae'r cyfarfod ymhen %n diwrnod.</numerusform>
                <numerusform>&lt;b&gt;Nid yw'r agenda wedi'i chyhoeddi eto&lt;/b&gt; ac mae'r cyfarfod ymhen %n diwrnod.</numerusform>
                <numerusform>&lt;b&gt;Nid yw'r agenda wedi'i chyhoeddi eto&lt;/b&gt; ac mae'r cyfarfod ymhen %n diwrnod.</numerusform>
                <numerusform>&lt;b&gt;Nid yw'r agenda wedi'i chyhoeddi eto&lt;/b&gt; ac mae'r cyfarfod ymhen %n diwrnod.</numerusform>
                <numerusform>&lt;b&gt;Nid yw'r agenda wedi'i chyhoeddi eto&lt;/b&gt; ac mae'r cyfarfod ymhen %n diwrnod.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="334" />
            <source>&lt;b&gt;Next meeting&lt;/b&gt; — {when}&lt;br&gt;{state}</source>
            <translation>&lt;b&gt;Cyfarfod nesaf&lt;/b&gt; — {when}&lt;br&gt;{state}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="341" />
            <source>Feedback overdue, oldest first</source>
            <translation>Adborth sy'n hwyr, yr hynaf yn gyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="341" />
            <source>No feedback is overdue.</source>
            <translation>Nid oes adborth yn hwyr.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="342" />
            <source>Action plan: overdue or due soon</source>
            <translation>Cynllun gweithredu: yn hwyr neu'n ddyledus cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="342" />
            <source>No target is overdue or due soon.</source>
            <translation>Nid oes targed yn hwyr nac yn ddyledus cyn bo hir.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="343" />
            <source>Seats vacant or ending soon</source>
            <translation>Seddi gwag neu rai sy'n dod i ben cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="344" />
            <source>Every seat is filled for the next two months.</source>
            <translation>Mae pob sedd wedi'i llenwi am y ddau fis nesaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="345" />
            <source>No seats yet: add the group's seats and their members on People &amp; seats (Ctrl+5).</source>
            <translation>Dim seddi eto: ychwanegwch seddi'r grŵp a'u haelodau ar y dudalen Pobl a seddi (Ctrl+5).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="346" />
            <source>The compact's standards: reviews, consultations, funding notices, disputes</source>
            <translation>Safonau'r compact: adolygiadau, ymgynghoriadau, rhybuddion am newid cyllid, anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="347" />
            <source>Every code is reviewed on time, no consultation or funding notice fell short, and no dispute is open.</source>
            <translation>Mae pob cod wedi'i adolygu mewn pryd, nid oedd unrhyw ymgynghoriad na rhybudd am newid cyllid yn brin, ac nid oes anghydfod ar agor.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="354" />
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="355" />
            <source>What needs attention</source>
            <translation>Beth sydd angen sylw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="355" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/dashboard.py" line="355" />
            <source>How long</source>
            <translation>Pa mor hir</translation>
        </message>
        <message>
            <source>&amp;Issue the agenda</source>
            <translation type="vanished">&amp;Cyhoeddi'r agenda</translation>
        </message>
        <message>
            <source>Mark the agenda of the next meeting as issued to members</source>
            <translation type="vanished">Nodi bod agenda'r cyfarfod nesaf wedi'i chyhoeddi i'r aelodau</translation>
        </message>
        <message>
            <source>Issue the agenda for {title}, {day}</source>
            <translation type="vanished">Cyhoeddi'r agenda ar gyfer {title}, {day}</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="175" />
            <source>Type a date, day first: for example 15/01/2027.</source>
            <translation>Teipiwch ddyddiad, a'r diwrnod yn gyntaf: er enghraifft 15/01/2027.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="182" />
            <source>The day comes first, as in 15/01/2027.</source>
            <translation>Daw'r diwrnod yn gyntaf, fel yn 15/01/2027.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="185" />
            <source>Not a date CompactDesk can read: write it day first, for example 15/01/2027 or 15 January 2027.</source>
            <translation>Nid yw hwn yn ddyddiad y gall CompactDesk ei ddarllen: ysgrifennwch y diwrnod yn gyntaf, er enghraifft 15/01/2027 neu 15 Ionawr 2027.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="188" />
            <source>The earliest day you can choose is {day}.</source>
            <translation>Y diwrnod cynharaf y gallwch ei ddewis yw {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="190" />
            <source>The latest day you can choose is {day}.</source>
            <translation>Y diwrnod diweddaraf y gallwch ei ddewis yw {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="266" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="269" />
            <source>Choose {field} from a calendar</source>
            <translation>{field}: dewis o galendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="270" />
            <source>Choose the date from a calendar</source>
            <translation>Dewis y dyddiad o galendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="271" />
            <source>Calendar for {field}</source>
            <translation>Calendr ar gyfer {field}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="273" />
            <source>{field}: there is a date</source>
            <translation>{field}: mae dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="276" />
            <source>Day first, e.g. 15/01/2027</source>
            <translation>Y diwrnod yn gyntaf, e.e. 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/date_field.py" line="285" />
            <source>Calendar…</source>
            <translation>Calendr…</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="compactdesk/domain/dates.py" line="52" />
            <source>there is no month {month}</source>
            <translation>nid oes mis {month}</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/dates.py" line="54" />
            <source>there is no year 0</source>
            <translation>nid oes blwyddyn 0</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/dates.py" line="55" />
            <source>{month} {year} has no day {day}</source>
            <translation>nid oes diwrnod {day} ym mis {month} {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/dates.py" line="69" />
            <source>'{value}' is not a date for {what}: {reason}. Check the day and the month (the day comes first, as in 15/01/2027).</source>
            <translation>Nid yw '{value}' yn ddyddiad ar gyfer {what}: {reason}. Gwiriwch y diwrnod a'r mis (daw'r diwrnod yn gyntaf, fel yn 15/01/2027).</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/dates.py" line="75" />
            <source>'{value}' is not a date CompactDesk can read for {what}. Write it day first, for example 15/01/2027 or 15 January 2027.</source>
            <translation>Nid yw '{value}' yn ddyddiad y gall CompactDesk ei ddarllen ar gyfer {what}. Ysgrifennwch y diwrnod yn gyntaf, er enghraifft 15/01/2027 neu 15 Ionawr 2027.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/domain/dates.py" line="86" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="compactdesk/demo.py" line="450" />
            <source>{name} already exists. The demo will not overwrite it; choose another name.</source>
            <translation>Mae {name} yn bodoli eisoes. Ni fydd yr enghraifft yn ysgrifennu dros y ffeil honno; dewiswch enw arall.</translation>
        </message>
    </context>
    <context>
        <name>DepartmentDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="155" />
            <source>New department</source>
            <translation>Adran newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="158" />
            <source>Edit department</source>
            <translation>Golygu'r adran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="177" />
            <source>Choose the public body…</source>
            <translation>Dewiswch y corff cyhoeddus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="187" />
            <source>Choose the body first: someone new is added as one of its people.</source>
            <translation>Dewiswch y corff yn gyntaf: caiff rhywun newydd ei ychwanegu fel un o'i bobl.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="198" />
            <source>{name} (no organisation recorded)</source>
            <translation>{name} (dim sefydliad wedi'i gofnodi)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="202" />
            <source>Nobody yet — a gap</source>
            <translation>Neb eto — bwlch</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="205" />
            <source>People who work for {body}, then people with no organisation recorded. Someone not here: New… beside the list adds them.</source>
            <translation>Pobl sy'n gweithio i {body}, yna pobl heb sefydliad wedi'i gofnodi. Rhywun sydd ddim yma: mae Newydd… wrth ymyl y rhestr yn eu hychwanegu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="207" />
            <source>Choose the body first: its people are offered here.</source>
            <translation>Dewiswch y corff yn gyntaf: cynigir ei bobl yma.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="214" />
            <source>Add department “{name}”</source>
            <translation>Ychwanegu'r adran “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="220" />
            <source>Clear the {label} of “{department}”</source>
            <translation>Clirio {label} “{department}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="222" />
            <source>Name {person} {label} of “{department}”</source>
            <translation>Enwi {person} fel {label} “{department}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="225" />
            <source>Edit department “{name}”</source>
            <translation>Golygu'r adran “{name}”</translation>
        </message>
        <message>
            <location filename="ui/department_dialog.ui" line="6" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="ui/department_dialog.ui" line="11" />
            <source>Public &amp;body:</source>
            <translation>&amp;Corff cyhoeddus:</translation>
        </message>
        <message>
            <location filename="ui/department_dialog.ui" line="13" />
            <source>&amp;Department:</source>
            <translation>&amp;Adran:</translation>
        </message>
        <message>
            <location filename="ui/department_dialog.ui" line="14" />
            <source>e.g. Social Services, Highways, Public Health</source>
            <translation>e.e. Gwasanaethau Cymdeithasol, Priffyrdd, Iechyd y Cyhoedd</translation>
        </message>
        <message>
            <location filename="ui/department_dialog.ui" line="15" />
            <source>&amp;Champion:</source>
            <translation>&amp;Hyrwyddwr:</translation>
        </message>
    </context>
    <context>
        <name>DisputeDetailPanel</name>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="29" />
            <source>The dispute in full</source>
            <translation>Yr anghydfod yn llawn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="33" />
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="57" />
            <source>History of stages</source>
            <translation>Hanes y camau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="41" />
            <source>&amp;New dispute…</source>
            <translation>Anghydfod &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="42" />
            <source>Record a dispute or breach (Ctrl+N)</source>
            <translation>Cofnodi anghydfod neu achos o dorri'r compact (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="43" />
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="44" />
            <source>Change the dispute's title, parties, date or summary (F2)</source>
            <translation>Newid teitl, partïon, dyddiad neu grynodeb yr anghydfod (F2)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="45" />
            <source>Record a st&amp;age…</source>
            <translation>Cofnodi c&amp;am…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="46" />
            <source>Add a dated stage to the dispute's history</source>
            <translation>Ychwanegu cam wedi'i ddyddio at hanes yr anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="47" />
            <source>Re&amp;move stage</source>
            <translation>&amp;Tynnu cam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="48" />
            <source>Take the chosen stage out of the history</source>
            <translation>Tynnu'r cam a ddewiswyd o'r hanes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="49" />
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="106" />
            <source>&amp;Resolve…</source>
            <translation>&amp;Datrys…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="50" />
            <source>Re&amp;open</source>
            <translation>A&amp;ilagor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="51" />
            <source>Take off the outcome and the date it was resolved</source>
            <translation>Tynnu'r canlyniad a'r dyddiad y cafodd ei ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="52" />
            <source>&amp;Delete</source>
            <translation>Di&amp;leu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="53" />
            <source>Delete the dispute and its history (Delete; Ctrl+Z takes it back)</source>
            <translation>Dileu'r anghydfod a'i hanes (Delete; mae Ctrl+Z yn ei adfer)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="70" />
            <source>Resolved: see the outcome</source>
            <translation>Wedi'i ddatrys: gweler y canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="75" />
            <source>{stage}: recorded when the dispute was resolved</source>
            <translation>{stage}: cofnodwyd pan gafodd yr anghydfod ei ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="77" />
            <source>{stage}: an optional stage, off the usual route</source>
            <translation>{stage}: cam dewisol, oddi ar y llwybr arferol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="81" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="83" />
            <source>Day</source>
            <translation>Diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="84" />
            <source>{days} after it was raised</source>
            <translation>{days} ar ôl iddo gael ei godi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="85" />
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="87" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="106" />
            <source>Change &amp;resolution…</source>
            <translation>Newid y &amp;datrysiad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="108" />
            <source>Change the outcome or the date it was resolved</source>
            <translation>Newid y canlyniad neu'r dyddiad y cafodd ei ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="109" />
            <source>Record the outcome and the date it was resolved</source>
            <translation>Cofnodi'r canlyniad a'r dyddiad y cafodd ei ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="112" />
            <source>&lt;p&gt;No stage recorded yet.&lt;/p&gt;&lt;p&gt;“Record a stage…” notes where the dispute has got to on the compact's route, and when.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dim cam wedi'i gofnodi eto.&lt;/p&gt;&lt;p&gt;Mae “Cofnodi cam…” yn nodi pa mor bell y mae'r anghydfod wedi mynd ar hyd llwybr y compact, a phryd.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="115" />
            <source>&lt;p&gt;Choose a dispute to see the parties, its history and the outcome.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dewiswch anghydfod i weld y partïon, ei hanes a'r canlyniad.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="125" />
            <source>Raised by {raised_by} ({raised_sector}) on {day}.</source>
            <translation>Codwyd gan {raised_by} ({raised_sector}): {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="128" />
            <source>Said to be in breach: {against} ({sector}).</source>
            <translation>Honiad o dorri'r compact yn erbyn: {against} ({sector}).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="132" />
            <source>Stage now: {stage}, since {day}.</source>
            <translation>Cam nawr: {stage}, ers {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="133" />
            <source>No stage recorded yet.</source>
            <translation>Dim cam wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="134" />
            <source>Open for {days}.</source>
            <translation>Ar agor ers {days}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes_detail.py" line="141" />
            <source>&lt;b&gt;Outcome&lt;/b&gt;, resolved on {day} after {days}:</source>
            <translation>&lt;b&gt;Canlyniad&lt;/b&gt;, wedi'i ddatrys ar ôl {days} ({day}):</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="70" />
            <source>New dispute</source>
            <translation>Anghydfod newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="73" />
            <source>None recorded yet</source>
            <translation>Dim wedi'i gofnodi eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="76" />
            <source>Edit dispute</source>
            <translation>Golygu'r anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="88" />
            <source>Choose the organisation raising it…</source>
            <translation>Dewiswch y sefydliad sy'n ei godi…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="89" />
            <source>Choose the organisation said to be in breach…</source>
            <translation>Dewiswch y sefydliad y dywedir iddo dorri'r compact…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="111" />
            <source>Add dispute “{title}”</source>
            <translation>Ychwanegu'r anghydfod “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="113" />
            <source>Edit dispute “{title}”</source>
            <translation>Golygu'r anghydfod “{title}”</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="6" />
            <source>Dispute</source>
            <translation>Anghydfod</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="10" />
            <source>&amp;What it is about:</source>
            <translation>&amp;Beth yw'r mater:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="11" />
            <source>The dispute or breach, in a line</source>
            <translation>Yr anghydfod neu'r achos o dorri'r compact, mewn llinell</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="12" />
            <source>Raised &amp;by:</source>
            <translation>Codwyd &amp;gan:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="13" />
            <source>The organisation that says the compact was broken</source>
            <translation>Y sefydliad sy'n dweud bod y compact wedi'i dorri</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="14" />
            <source>Said to be in &amp;breach:</source>
            <translation>Honiad o &amp;dorri yn erbyn:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="15" />
            <source>The organisation said to have broken the compact; either sector can</source>
            <translation>Y sefydliad y dywedir iddo dorri'r compact; gall fod yn y naill sector neu'r llall</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="17" />
            <source>&amp;Raised on:</source>
            <translation>Dyddiad &amp;codi:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="19" />
            <source>&amp;Stage reached:</source>
            <translation>C&amp;am a gyrhaeddwyd:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="20" />
            <source>Recorded in the dispute's history on the day it was raised</source>
            <translation>Caiff ei gofnodi yn hanes yr anghydfod ar y diwrnod y cafodd ei godi</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="21" />
            <source>S&amp;ummary:</source>
            <translation>C&amp;rynodeb:</translation>
        </message>
        <message>
            <location filename="ui/dispute_dialog.ui" line="22" />
            <source>What happened, which part of the compact it concerns, and what the party raising it wants</source>
            <translation>Beth ddigwyddodd, pa ran o'r compact y mae'n ymwneud â hi, a beth y mae'r parti sy'n ei godi eisiau</translation>
        </message>
    </context>
    <context>
        <name>DisputeStages</name>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="42" />
            <source>{name} (outcome)</source>
            <translation>{name} (canlyniad)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="44" />
            <source>{name} (optional)</source>
            <translation>{name} (dewisol)</translation>
        </message>
    </context>
    <context>
        <name>DisputeStagesDialog</name>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="6" />
            <source>Stages of a dispute</source>
            <translation>Camau anghydfod</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="10" />
            <source>The route your compact sets for a dispute, in order. Optional stages (a councillor's call-in, arbitration) are available off the usual route; the outcome stage ends it and is recorded when a dispute is resolved.</source>
            <translation>Y llwybr y mae eich compact yn ei osod ar gyfer anghydfod, yn ei drefn. Mae camau dewisol (galw i mewn gan gynghorydd, cyflafareddu) ar gael oddi ar y llwybr arferol; mae cam y canlyniad yn dod â'r anghydfod i ben ac yn cael ei gofnodi pan fydd anghydfod wedi'i ddatrys.</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="19" />
            <source>Move u&amp;p</source>
            <translation>Symud i fy&amp;ny</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="20" />
            <source>Move do&amp;wn</source>
            <translation>Symud i &amp;lawr</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="21" />
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="29" />
            <source>&amp;Optional: off the usual route</source>
            <translation>Dewis&amp;ol: oddi ar y llwybr arferol</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="30" />
            <source>Ou&amp;tcome: the stage that ends a dispute</source>
            <translation>&amp;Canlyniad: y cam sy'n dod ag anghydfod i ben</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="36" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="37" />
            <source>A stage's name, to add or to rename the chosen stage</source>
            <translation>Enw cam, i'w ychwanegu neu i ailenwi'r cam a ddewiswyd</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="38" />
            <source>&amp;Add</source>
            <translation>&amp;Ychwanegu</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="39" />
            <source>&amp;Rename</source>
            <translation>&amp;Ailenwi</translation>
        </message>
        <message>
            <location filename="ui/dispute_stages_dialog.ui" line="44" />
            <source>&amp;Undo</source>
            <translation>Dad&amp;wneud</translation>
        </message>
    </context>
    <context>
        <name>DisputeStepDialog</name>
        <message>
            <location filename="ui/dispute_step_dialog.ui" line="6" />
            <source>Record a stage</source>
            <translation>Cofnodi cam</translation>
        </message>
        <message>
            <location filename="ui/dispute_step_dialog.ui" line="16" />
            <source>&amp;Stage:</source>
            <translation>&amp;Cam:</translation>
        </message>
        <message>
            <location filename="ui/dispute_step_dialog.ui" line="19" />
            <source>&amp;On:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <location filename="ui/dispute_step_dialog.ui" line="21" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <location filename="ui/dispute_step_dialog.ui" line="22" />
            <source>Who took part, what was agreed, what happens next</source>
            <translation>Pwy gymerodd ran, beth a gytunwyd, beth sy'n digwydd nesaf</translation>
        </message>
    </context>
    <context>
        <name>Disputes</name>
        <message>
            <location filename="compactdesk/services/disputes.py" line="63" />
            <source>stage</source>
            <translation>cam</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="67" />
            <source>the stage's name</source>
            <translation>enw'r cam</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="73" />
            <source>There is already a stage called “{name}”. Give this one another name.</source>
            <translation>Mae cam o'r enw “{name}” eisoes. Rhowch enw arall i'r un hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="87" />
            <source>“{name}” is already the outcome stage, and a route has only one. Untick it there first.</source>
            <translation>“{name}” yw cam y canlyniad eisoes, a dim ond un sydd gan lwybr. Dad-diciwch ef yno yn gyntaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="126" />
            <source>“{name}” is already the first stage.</source>
            <translation>“{name}” yw'r cam cyntaf eisoes.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="127" />
            <source>“{name}” is already the last stage.</source>
            <translation>“{name}” yw'r cam olaf eisoes.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/disputes.py" line="155" />
            <source>“{name}” is in the history of %n dispute(s), so it cannot be deleted. Tick it optional instead, or record those steps at another stage first.</source>
            <translation>
                <numerusform>Mae “{name}” yn hanes %n anghydfod, felly ni ellir ei ddileu. Nodwch ei fod yn ddewisol yn lle hynny, neu cofnodwch y camau hynny ar gam arall yn gyntaf.</numerusform>
                <numerusform>Mae “{name}” yn hanes %n anghydfod, felly ni ellir ei ddileu. Nodwch ei fod yn ddewisol yn lle hynny, neu cofnodwch y camau hynny ar gam arall yn gyntaf.</numerusform>
                <numerusform>Mae “{name}” yn hanes %n anghydfod, felly ni ellir ei ddileu. Nodwch ei fod yn ddewisol yn lle hynny, neu cofnodwch y camau hynny ar gam arall yn gyntaf.</numerusform>
                <numerusform>Mae “{name}” yn hanes %n anghydfod, felly ni ellir ei ddileu. Nodwch ei fod yn ddewisol yn lle hynny, neu cofnodwch y camau hynny ar gam arall yn gyntaf.</numerusform>
                <numerusform>Mae “{name}” yn hanes %n anghydfod, felly ni ellir ei ddileu. Nodwch ei fod yn ddewisol yn lle hynny, neu cofnodwch y camau hynny ar gam arall yn gyntaf.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="168" />
            <source>organisation raising it</source>
            <translation>sefydliad sy'n ei godi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="169" />
            <source>organisation said to be in breach</source>
            <translation>sefydliad y dywedir iddo dorri'r compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="171" />
            <source>Please choose the {what}.</source>
            <translation>Dewiswch y {what}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="176" />
            <source>the dispute's title</source>
            <translation>teitl yr anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="180" />
            <source>A dispute is between two parties: choose the organisation said to be in breach, which is not {name}, who raised it.</source>
            <translation>Mae anghydfod rhwng dau barti: {name} a gododd yr anghydfod, felly dewiswch sefydliad arall fel yr un y dywedir iddo dorri'r compact.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="185" />
            <location filename="compactdesk/services/disputes.py" line="214" />
            <location filename="compactdesk/services/disputes.py" line="216" />
            <location filename="compactdesk/services/disputes.py" line="291" />
            <source>the date it was raised</source>
            <translation>y dyddiad y cafodd ei godi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="186" />
            <source>the summary</source>
            <translation>y crynodeb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="196" />
            <location filename="compactdesk/services/disputes.py" line="245" />
            <location filename="compactdesk/services/disputes.py" line="264" />
            <source>the note</source>
            <translation>y nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="204" />
            <source>dispute</source>
            <translation>anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="213" />
            <source>the first stage recorded</source>
            <translation>y cam cyntaf a gofnodwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="215" />
            <location filename="compactdesk/services/disputes.py" line="289" />
            <location filename="compactdesk/services/disputes.py" line="290" />
            <location filename="compactdesk/services/disputes.py" line="295" />
            <source>the date it was resolved</source>
            <translation>y dyddiad y cafodd ei ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="230" />
            <location filename="compactdesk/services/disputes.py" line="231" />
            <source>the date of the stage</source>
            <translation>dyddiad y cam</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="232" />
            <source>the date the dispute was raised</source>
            <translation>y dyddiad y codwyd yr anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="234" />
            <source>This dispute was resolved on {day}; a stage after that cannot be recorded. Reopen it first, or give an earlier date.</source>
            <translation>Cafodd yr anghydfod hwn ei ddatrys ar {day}; ni ellir cofnodi cam ar ôl hynny. Ailagorwch ef yn gyntaf, neu rhowch ddyddiad cynharach.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="252" />
            <source>stage recorded</source>
            <translation>cam a gofnodwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="260" />
            <source>This step is the outcome recorded when the dispute was resolved. Change it with “Resolve…” (or reopen the dispute) instead.</source>
            <translation>Y cam hwn yw'r canlyniad a gofnodwyd pan gafodd yr anghydfod ei ddatrys. Newidiwch ef gyda “Datrys…” (neu ailagorwch yr anghydfod) yn lle hynny.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="271" />
            <source>This step is the outcome recorded when the dispute was resolved. Reopen the dispute to take it off.</source>
            <translation>Y cam hwn yw'r canlyniad a gofnodwyd pan gafodd yr anghydfod ei ddatrys. Ailagorwch yr anghydfod i'w dynnu.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="288" />
            <source>the outcome</source>
            <translation>y canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="296" />
            <source>the last stage recorded</source>
            <translation>y cam olaf a gofnodwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="328" />
            <source>Said to be breached by a public body</source>
            <translation>Honnir i gorff cyhoeddus dorri'r compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="329" />
            <source>Said to be breached by the voluntary sector</source>
            <translation>Honnir i'r sector gwirfoddol dorri'r compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="333" />
            <source>A public body</source>
            <translation>Corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="333" />
            <source>The voluntary sector</source>
            <translation>Y sector gwirfoddol</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/disputes.py" line="513" />
            <source>%n dispute(s)</source>
            <translation>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/disputes.py" line="514" />
            <source>%n open</source>
            <translation>
                <numerusform>%n ar agor</numerusform>
                <numerusform>%n ar agor</numerusform>
                <numerusform>%n ar agor</numerusform>
                <numerusform>%n ar agor</numerusform>
                <numerusform>%n ar agor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="515" />
            <source>said to be breached by a public body {public}, by the voluntary sector {vcs}</source>
            <translation>honiadau o dorri'r compact gan gorff cyhoeddus {public}, gan y sector gwirfoddol {vcs}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="519" />
            <source>stages reached: {stages}</source>
            <translation>camau a gyrhaeddwyd: {stages}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/disputes.py" line="521" />
            <source>resolved in a median of {days:g} days</source>
            <translation>wedi'u datrys mewn canolrif o {days:g} diwrnod</translation>
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="71" />
            <location filename="compactdesk/gui/pages/disputes.py" line="48" />
            <location filename="compactdesk/gui/pages/disputes.py" line="107" />
            <location filename="compactdesk/gui/pages/disputes.py" line="118" />
            <source>Disputes</source>
            <translation>Anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="54" />
            <source>&amp;New dispute…</source>
            <translation>Anghydfod &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="57" />
            <source>Open disputes</source>
            <translation>Anghydfodau agored</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="57" />
            <location filename="compactdesk/gui/pages/disputes.py" line="156" />
            <source>Resolved</source>
            <translation>Datryswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="58" />
            <source>Everything</source>
            <translation>Popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="63" />
            <source>Search title, parties or stage (Ctrl+F)</source>
            <translation>Chwilio teitl, partïon neu gam (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="64" />
            <source>Search disputes</source>
            <translation>Chwilio anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="70" />
            <source>&amp;Showing:</source>
            <translation>&amp;Dangos:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="80" />
            <source>Counted over every dispute recorded, open or resolved</source>
            <translation>Ffigurau ar gyfer pob anghydfod a gofnodwyd, boed ar agor neu wedi'i ddatrys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="102" />
            <source>Sta&amp;ges…</source>
            <translation>&amp;Camau…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="104" />
            <source>The stages of your compact's disputes route: add, rename, reorder</source>
            <translation>Camau llwybr anghydfodau eich compact: ychwanegu, ailenwi, aildrefnu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="130" />
            <source>No stage recorded yet</source>
            <translation>Dim cam wedi'i gofnodi eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="131" />
            <source>{stage}, since {day}</source>
            <translation>{stage}, ers {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="134" />
            <source>Open for {days}</source>
            <translation>Ar agor ers {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="134" />
            <source>Resolved after {days}</source>
            <translation>Wedi'i ddatrys ar ôl {days}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="139" />
            <source>Not resolved yet</source>
            <translation>Heb ei ddatrys eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="140" />
            <source>Resolved on {day}: {outcome}</source>
            <translation>Datryswyd {day}: {outcome}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="144" />
            <source>Dispute</source>
            <translation>Anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="145" />
            <source>Raised by</source>
            <translation>Codwyd gan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="147" />
            <source>Said to be in breach</source>
            <translation>Cyhuddwyd o dorri</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="150" />
            <source>Raised</source>
            <translation>Codwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="152" />
            <source>Stage now</source>
            <translation>Cam presennol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="154" />
            <source>Days open</source>
            <translation>Diwrnodau ar agor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="164" />
            <source>Open for {days}: more than {limit} days without an outcome.</source>
            <translation>Ar agor ers {days}: mwy na {limit} diwrnod heb ganlyniad.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="207" />
            <source>Showing {shown} of {total} · {open} open</source>
            <translation>Yn dangos {shown} o {total} · {open} ar agor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="209" />
            <source>{long} open more than {limit} days</source>
            <translation>{long} ar agor ers mwy na {limit} diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="212" />
            <source>&lt;h3&gt;No dispute is open&lt;/h3&gt;&lt;p&gt;Every dispute recorded has been resolved. Set Showing to “Everything” to see them, or record a new one with Ctrl+N.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Does dim anghydfod ar agor&lt;/h3&gt;&lt;p&gt;Mae pob anghydfod a gofnodwyd wedi'i ddatrys. Dewiswch “Popeth” yn Dangos i'w gweld, neu cofnodwch un newydd gyda Ctrl+N.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="215" />
            <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Clear the search{words}, or set Showing to “Everything”.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim byd yn cyfateb&lt;/h3&gt;&lt;p&gt;Cliriwch y chwiliad{words}, neu dewiswch “Popeth” yn Dangos.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="221" />
            <source>&lt;h3&gt;No disputes recorded&lt;/h3&gt;&lt;p&gt;When a partner says the compact has been broken (by a public body or by the voluntary sector), record it here with Ctrl+N. Each stage it reaches on your compact's route, and the outcome, are noted with their dates, so the group can see how disputes are settled.&lt;/p&gt;&lt;p&gt;“Stages…” sets the route your compact uses.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim anghydfod wedi'i gofnodi&lt;/h3&gt;&lt;p&gt;Pan fydd partner yn dweud bod y compact wedi'i dorri (gan gorff cyhoeddus neu gan y sector gwirfoddol), cofnodwch hynny yma gyda Ctrl+N. Caiff pob cam y mae'n ei gyrraedd ar lwybr eich compact, a'r canlyniad, eu nodi gyda'u dyddiadau, fel y gall y grŵp weld sut mae anghydfodau'n cael eu datrys.&lt;/p&gt;&lt;p&gt;Mae “Camau…” yn gosod y llwybr y mae eich compact yn ei ddefnyddio.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="256" />
            <source>New dispute…</source>
            <translation>Anghydfod newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="285" />
            <source>Delete dispute “{title}”</source>
            <translation>Dileu anghydfod “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="316" />
            <source>Remove the “{stage}” stage of {day} from “{title}”</source>
            <translation>Tynnu cam “{stage}” ({day}) o “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/disputes.py" line="327" />
            <source>Reopen “{title}”</source>
            <translation>Ailagor “{title}”</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <location filename="compactdesk/domain/enums.py" line="31" />
            <source>Council</source>
            <translation>Cyngor</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="32" />
            <source>Health</source>
            <translation>Iechyd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="33" />
            <source>Police</source>
            <translation>Heddlu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="34" />
            <source>Fire and rescue</source>
            <translation>Tân ac achub</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="35" />
            <source>Education</source>
            <translation>Addysg</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="36" />
            <source>Other public body</source>
            <translation>Corff cyhoeddus arall</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="37" />
            <source>Voluntary and community sector</source>
            <translation>Sector gwirfoddol a chymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="55" />
            <source>Small</source>
            <translation>Bach</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="56" />
            <source>BME</source>
            <translation>BME</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="57" />
            <source>Rural</source>
            <translation>Gwledig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="58" />
            <source>Volunteer-only</source>
            <translation>Gwirfoddolwyr yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="59" />
            <source>Unfunded</source>
            <translation>Heb gyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="72" />
            <source>Elected</source>
            <translation>Etholedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="73" />
            <source>Selected</source>
            <translation>Dewisedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="74" />
            <source>Reserved</source>
            <translation>Neilltuedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="75" />
            <source>Nominated</source>
            <translation>Enwebedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="96" />
            <source>Just starting</source>
            <translation>Newydd ddechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="97" />
            <location filename="compactdesk/domain/enums.py" line="278" />
            <source>In draft</source>
            <translation>Ar ffurf drafft</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="98" />
            <source>Agreed</source>
            <translation>Wedi'i gytuno</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="99" />
            <source>Signed and launched</source>
            <translation>Wedi'i lofnodi a'i lansio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="100" />
            <source>Being implemented</source>
            <translation>Yn cael ei weithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="101" />
            <source>Running into difficulties</source>
            <translation>Yn wynebu anawsterau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="102" />
            <source>Being reviewed or relaunched</source>
            <translation>Yn cael ei adolygu neu ei ail-lansio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="103" />
            <source>Stalled</source>
            <translation>Wedi aros yn ei unfan</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="104" />
            <source>Agreed but never signed</source>
            <translation>Wedi'i gytuno ond heb ei lofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="105" />
            <source>Dormant</source>
            <translation>Segur</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="106" />
            <source>Replaced</source>
            <translation>Wedi'i ddisodli</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="107" />
            <source>Wound up</source>
            <translation>Wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="120" />
            <source>Liaison meeting</source>
            <translation>Cyfarfod cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="121" />
            <source>Pre-meeting</source>
            <translation>Cyn-gyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="122" />
            <source>Annual review event</source>
            <translation>Digwyddiad yr adolygiad blynyddol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="123" />
            <source>Special meeting</source>
            <translation>Cyfarfod arbennig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="137" />
            <source>Planned</source>
            <translation>Wedi'i gynllunio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="138" />
            <source>Agenda issued</source>
            <translation>Agenda wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="139" />
            <source>Held</source>
            <translation>Wedi'i gynnal</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="140" />
            <source>Minutes drafted</source>
            <translation>Cofnodion wedi'u drafftio</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="141" />
            <source>Minutes approved</source>
            <translation>Cofnodion wedi'u cymeradwyo</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="162" />
            <source>Welcome and apologies</source>
            <translation>Croeso ac ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="163" />
            <source>Declarations of interest</source>
            <translation>Datganiadau o fuddiant</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="164" />
            <source>Minutes of the last meeting</source>
            <translation>Cofnodion y cyfarfod diwethaf</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="165" />
            <source>Matters arising</source>
            <translation>Materion sy'n codi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="166" />
            <source>Feedback from officers</source>
            <translation>Adborth gan swyddogion</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="167" />
            <source>Action plan progress</source>
            <translation>Cynnydd y cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="168" />
            <source>Any other business</source>
            <translation>Unrhyw fater arall</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="169" />
            <source>Date of the next meeting</source>
            <translation>Dyddiad y cyfarfod nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="182" />
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="183" />
            <source>Apologies</source>
            <translation>Ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="184" />
            <source>Absent</source>
            <translation>Absennol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="185" />
            <source>Substitute</source>
            <translation>Dirprwy</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="200" />
            <source>Not started</source>
            <translation>Heb ddechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="201" />
            <source>On track</source>
            <translation>Ar y trywydd iawn</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="202" />
            <source>Due soon</source>
            <translation>Yn ddyledus cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="203" />
            <location filename="compactdesk/domain/enums.py" line="245" />
            <source>Overdue</source>
            <translation>Yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="204" />
            <source>Done</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="205" />
            <source>Dropped</source>
            <translation>Wedi'i ollwng</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="216" />
            <source>A written reply</source>
            <translation>Ateb ysgrifenedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="217" />
            <source>Attend the next meeting</source>
            <translation>Dod i'r cyfarfod nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="229" />
            <source>In writing</source>
            <translation>Yn ysgrifenedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="230" />
            <source>In person at a meeting</source>
            <translation>Yn bersonol mewn cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="231" />
            <source>Another way</source>
            <translation>Mewn ffordd arall</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="244" />
            <source>Not yet due</source>
            <translation>Ddim yn ddyledus eto</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="246" />
            <source>Answered on time</source>
            <translation>Atebwyd mewn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="247" />
            <source>Answered late</source>
            <translation>Atebwyd yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="259" />
            <source>Vacant</source>
            <translation>Gwag</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="260" />
            <source>Filled</source>
            <translation>Wedi'i llenwi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="261" />
            <source>Term ending soon</source>
            <translation>Tymor yn dod i ben cyn bo hir</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="277" />
            <source>Proposed</source>
            <translation>Arfaethedig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="279" />
            <source>Accepted in principle</source>
            <translation>Wedi'i dderbyn mewn egwyddor</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="280" />
            <source>Adopted</source>
            <translation>Wedi'i fabwysiadu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="281" />
            <source>Under review</source>
            <translation>Yn cael ei adolygu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="296" />
            <source>Funding reduced</source>
            <translation>Cyllid wedi'i leihau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="297" />
            <source>Funding ended</source>
            <translation>Cyllid wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="313" />
            <source>Baseline</source>
            <translation>Llinell sylfaen</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="314" />
            <source>Inputs</source>
            <translation>Mewnbynnau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="315" />
            <source>Process</source>
            <translation>Proses</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="316" />
            <source>Outputs</source>
            <translation>Allbynnau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="317" />
            <source>Outcomes</source>
            <translation>Canlyniadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="339" />
            <source>Action-plan targets done and overdue</source>
            <translation>Targedau'r cynllun gweithredu a gwblhawyd ac sy'n hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="340" />
            <source>Feedback answered on time</source>
            <translation>Adborth a atebwyd mewn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="341" />
            <source>Attendance of statutory partners</source>
            <translation>Presenoldeb partneriaid statudol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="342" />
            <source>Consultations meeting the standard</source>
            <translation>Ymgynghoriadau sy'n bodloni'r safon</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="343" />
            <source>Responses to consultations</source>
            <translation>Ymatebion i ymgynghoriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="344" />
            <source>Funding notices meeting the standard</source>
            <translation>Rhybuddion am newid cyllid sy'n bodloni'r safon</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="345" />
            <source>Disputes opened and resolved</source>
            <translation>Anghydfodau a agorwyd ac a ddatryswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="346" />
            <source>Organisations signed up</source>
            <translation>Sefydliadau sydd wedi ymrwymo</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="347" />
            <source>Codes of practice adopted</source>
            <translation>Codau ymarfer a fabwysiadwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="348" />
            <source>Departments with a champion</source>
            <translation>Adrannau sydd â hyrwyddwr</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="349" />
            <source>Relationship rating</source>
            <translation>Sgôr y berthynas</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="365" />
            <source>Improving understanding</source>
            <translation>Gwella dealltwriaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="366" />
            <source>Joining up policy</source>
            <translation>Cydgysylltu polisi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="367" />
            <source>Organising ourselves</source>
            <translation>Trefnu ein hunain</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="368" />
            <source>Sharing good practice</source>
            <translation>Rhannu arfer da</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="369" />
            <source>Funding it better</source>
            <translation>Ariannu'n well</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="374" />
            <source>Better understanding in both sectors of each other's needs and circumstances.</source>
            <translation>Gwell dealltwriaeth yn y ddau sector o anghenion ac amgylchiadau ei gilydd.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="376" />
            <source>Joined-up policy-making: engaging early and allowing time for a real response.</source>
            <translation>Llunio polisi mewn ffordd gydgysylltiedig: ymgysylltu'n gynnar a rhoi amser i ymateb go iawn.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="378" />
            <source>Coordination and fair representation of both sectors at every level.</source>
            <translation>Cydgysylltu, a chynrychiolaeth deg i'r ddau sector ar bob lefel.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="380" />
            <source>Drawing out and sharing the lessons of working in partnership.</source>
            <translation>Dysgu a rhannu gwersi gweithio mewn partneriaeth.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/enums.py" line="382" />
            <source>Stable, proportionate funding: longer agreements, fair notice, overheads met.</source>
            <translation>Cyllid sefydlog a chymesur: cytundebau hirach, rhybudd teg, talu'r gorbenion.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="132" />
            <location filename="compactdesk/gui/dialogs/erase.py" line="204" />
            <source>&amp;Erase</source>
            <translation>&amp;Dileu'n llwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="196" />
            <source>Erase a person</source>
            <translation>Dileu person yn llwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="197" />
            <source>Erase {name}?</source>
            <translation>Dileu {name} yn llwyr?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="199" />
            <source>Their name is replaced by “Former member” everywhere, past minutes included, and their role, email, phone, address and notes are cleared. Their attendance, seats, targets and feedback stay, so the group's records and figures do not change.

Ctrl+Z takes this back until CompactDesk is closed. Backups made before now still hold their details until the rotation removes them (within a year): do not restore one of those without erasing them again.</source>
            <translation>Caiff eu henw ei newid i “Cyn-aelod” ym mhob man, gan gynnwys hen gofnodion cyfarfodydd, a chaiff eu rôl, e-bost, ffôn, cyfeiriad a nodiadau eu clirio. Mae eu presenoldeb, seddi, targedau ac adborth yn aros, felly nid yw cofnodion a ffigurau'r grŵp yn newid.

Mae Ctrl+Z yn dadwneud hyn nes i CompactDesk gael ei gau. Mae copïau wrth gefn a wnaed cyn nawr yn dal i gadw eu manylion nes i'r cylchdro eu dileu (o fewn blwyddyn): peidiwch ag adfer un o'r rheini heb eu dileu nhw eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="205" />
            <source>Replace</source>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="205" />
            <source>Found as</source>
            <translation>Ar ffurf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="205" />
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="206" />
            <source>In the text</source>
            <translation>Yn y testun</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/erase.py" line="209" />
            <source>Their names are written in the records %n time(s):</source>
            <translation>
                <numerusform>Mae eu henwau'n ymddangos %n gwaith yn y cofnodion:</numerusform>
                <numerusform>Mae eu henwau'n ymddangos %n gwaith yn y cofnodion:</numerusform>
                <numerusform>Mae eu henwau'n ymddangos %n gwaith yn y cofnodion:</numerusform>
                <numerusform>Mae eu henwau'n ymddangos %n gwaith yn y cofnodion:</numerusform>
                <numerusform>Mae eu henwau'n ymddangos %n gwaith yn y cofnodion:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="211" />
            <source>Each ticked mention is replaced with “{neutral}”. Untick any that is about someone else.</source>
            <translation>Caiff pob un wedi'i dicio ei newid i “{neutral}”. Dad-diciwch unrhyw un sydd am rywun arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="214" />
            <source>Their names are not written anywhere else in the records.</source>
            <translation>Nid yw eu henwau'n ymddangos yn unman arall yn y cofnodion.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="217" />
            <source>The full name is always replaced.</source>
            <translation>Caiff yr enw llawn ei newid bob tro.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="218" />
            <source>Ticked: replaced with “{neutral}”. Untick it if this is someone else.</source>
            <translation>Wedi'i dicio: caiff ei newid i “{neutral}”. Dad-diciwch os yw hyn am rywun arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/erase.py" line="220" />
            <source>{kind} (always replaced)</source>
            <translation>{kind} (caiff ei newid bob tro)</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/erase.py" line="228" />
            <source>%n of them will be replaced.</source>
            <translation>
                <numerusform>Caiff %n ohonynt eu newid.</numerusform>
                <numerusform>Caiff %n ohonynt ei newid.</numerusform>
                <numerusform>Caiff %n ohonynt eu newid.</numerusform>
                <numerusform>Caiff %n ohonynt eu newid.</numerusform>
                <numerusform>Caiff %n ohonynt eu newid.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="69" />
            <source>&amp;Issue</source>
            <translation>C&amp;yhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="69" />
            <source>&amp;Export</source>
            <translation>&amp;Allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="72" />
            <source>Issue the agenda</source>
            <translation>Cyhoeddi'r agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="73" />
            <source>Mark as iss&amp;ued only</source>
            <translation>Di&amp;m ond nodi ei bod wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="75" />
            <source>The agenda went out another way: mark it as issued, with no file made</source>
            <translation>Aeth yr agenda allan mewn ffordd arall: ei nodi wedi'i chyhoeddi, heb wneud ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="90" />
            <source>{meeting} (next)</source>
            <translation>{meeting} (nesaf)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="92" />
            <source>{meeting} (last)</source>
            <translation>{meeting} (diwethaf)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="109" />
            <source>Suggested: {day}, the day of the last meeting, for what the next meeting needs.</source>
            <translation>Awgrym: {day}, diwrnod y cyfarfod diwethaf, ar gyfer yr hyn sydd ei angen ar y cyfarfod nesaf.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/export.py" line="112" />
            <source>Suggested: the last %n month(s), as no earlier meeting is on record.</source>
            <translation>
                <numerusform>Awgrym: y %n mis diwethaf, gan nad oes cyfarfod cynharach ar gofnod.</numerusform>
                <numerusform>Awgrym: y %n mis diwethaf, gan nad oes cyfarfod cynharach ar gofnod.</numerusform>
                <numerusform>Awgrym: y %n mis diwethaf, gan nad oes cyfarfod cynharach ar gofnod.</numerusform>
                <numerusform>Awgrym: y %n mis diwethaf, gan nad oes cyfarfod cynharach ar gofnod.</numerusform>
                <numerusform>Awgrym: y %n mis diwethaf, gan nad oes cyfarfod cynharach ar gofnod.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="192" />
            <location filename="compactdesk/gui/dialogs/export.py" line="360" />
            <source>There are no meetings here yet. Plan one on the Meetings page first.</source>
            <translation>Does dim cyfarfodydd yma eto. Cynlluniwch un ar y dudalen Cyfarfodydd yn gyntaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="217" />
            <source>The meeting's agenda: when, where, and the items in order.</source>
            <translation>Agenda'r cyfarfod: pryd, ble, a'r eitemau yn eu trefn.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="218" />
            <source>The agenda and the papers for its items, in one numbered PDF.</source>
            <translation>Yr agenda a'r papurau ar gyfer ei heitemau, mewn un PDF wedi'i rifo.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="219" />
            <source>The meeting's minutes, marked DRAFT until they are approved.</source>
            <translation>Cofnodion y cyfarfod, wedi'u marcio DRAFFT nes eu bod wedi'u cymeradwyo.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="220" />
            <source>The targets: who leads each, by when, and how it is going.</source>
            <translation>Y targedau: pwy sy'n arwain pob un, erbyn pryd, a sut mae'n mynd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="221" />
            <source>What officers were asked for, when it was due, and their answers.</source>
            <translation>Beth y gofynnwyd i swyddogion amdano, pryd roedd yn ddyledus, a'u hatebion.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="222" />
            <source>A letter to each officer whose feedback is overdue.</source>
            <translation>Llythyr at bob swyddog y mae ei adborth yn hwyr.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="223" />
            <source>The year in figures and words: attendance, targets, standards, ratings.</source>
            <translation>Y flwyddyn mewn ffigurau a geiriau: presenoldeb, targedau, safonau, sgorau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="237" />
            <source>Outstanding, and answered si&amp;nce</source>
            <translation>Heb eu hateb, a'r rhai a atebwyd &amp;ers</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="238" />
            <source>Open, and done or dropped si&amp;nce</source>
            <translation>Ar agor, a'r rhai a gwblhawyd neu a ollyngwyd &amp;ers</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="242" />
            <source>The pack joins PDF papers, so it is always a PDF.</source>
            <translation>Mae'r pecyn yn uno papurau PDF, felly mae bob amser yn PDF.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="292" />
            <source>All officers with feedback overdue</source>
            <translation>Pob swyddog ag adborth yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="293" />
            <source>Everyone</source>
            <translation>Pawb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>Ffeiliau PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="335" />
            <source>Word documents (*.docx)</source>
            <translation>Dogfennau Word (*.docx)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="339" />
            <source>Export to</source>
            <translation>Allforio i</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="355" />
            <source>Give the file a name: type one, or press Choose… to pick a folder and name.</source>
            <translation>Rhowch enw i'r ffeil: teipiwch un, neu pwyswch Dewis… i ddewis ffolder ac enw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="357" />
            <source>The agenda pack joins PDF papers, so it can only be a PDF. Give a file name ending in .pdf.</source>
            <translation>Mae pecyn yr agenda yn uno papurau PDF, felly dim ond PDF y gall fod. Rhowch enw ffeil sy'n gorffen â .pdf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="381" />
            <source>Replace the file?</source>
            <translation>Disodli'r ffeil?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/export.py" line="382" />
            <source>{name} is already in {folder}. Replace it with this paper?</source>
            <translation>Mae {name} eisoes yn y ffolder {folder}. Ei disodli â'r papur hwn?</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="6" />
            <source>Export a paper</source>
            <translation>Allforio papur</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="11" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papur:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="14" />
            <source>&amp;Meeting:</source>
            <translation>&amp;Cyfarfod:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="16" />
            <source>&amp;Officer:</source>
            <translation>&amp;Swyddog:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="18" />
            <source>&amp;Year:</source>
            <translation>&amp;Blwyddyn:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="20" />
            <source>One f&amp;ile per officer</source>
            <translation>Un &amp;ffeil i bob swyddog</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="21" />
            <source>Group by:</source>
            <translation>Grwpio yn ôl:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="29" />
            <source>&amp;Code area</source>
            <translation>Maes c&amp;od</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="30" />
            <source>Pa&amp;rtner</source>
            <translation>Pa&amp;rtner</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="35" />
            <source>Covers:</source>
            <translation>Yn cwmpasu:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="43" />
            <source>Open, and closed si&amp;nce</source>
            <translation>Ar agor, a'r rhai a gaewyd &amp;ers</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="45" />
            <source>E&amp;verything</source>
            <translation>Pope&amp;th</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="50" />
            <source>Format:</source>
            <translation>Fformat:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="58" />
            <source>P&amp;DF</source>
            <translation>P&amp;DF</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="59" />
            <source>&amp;Word (.docx)</source>
            <translation>&amp;Word (.docx)</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="65" />
            <source>&amp;Large print (16 pt)</source>
            <translation>Pri&amp;nt bras (16 pt)</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="66" />
            <source>Lan&amp;guage:</source>
            <translation>Iait&amp;h:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="67" />
            <source>The paper's language: in both, the Welsh comes first in every heading, label and sentence</source>
            <translation>Iaith y papur: yn y ddwy iaith, daw'r Gymraeg yn gyntaf ym mhob pennawd, label a brawddeg</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="68" />
            <source>&amp;Save as:</source>
            <translation>Cadw fe&amp;l:</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="71" />
            <source>Folder and file name, ending .pdf or .docx</source>
            <translation>Ffolder ac enw ffeil, yn gorffen â .pdf neu .docx</translation>
        </message>
        <message>
            <location filename="ui/export_dialog.ui" line="72" />
            <source>C&amp;hoose…</source>
            <translation>Dew&amp;is…</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="87" />
            <source>Exporting: {paper}</source>
            <translation>Wrthi'n allforio: {paper}</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="compactdesk/services/feedback.py" line="23" />
            <source>officer</source>
            <translation>swyddog</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="26" />
            <location filename="compactdesk/services/feedback.py" line="28" />
            <location filename="compactdesk/services/feedback.py" line="86" />
            <source>the date it was raised</source>
            <translation>y dyddiad y'i codwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="27" />
            <location filename="compactdesk/services/feedback.py" line="28" />
            <source>the due date</source>
            <translation>y dyddiad dyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="30" />
            <source>kind of feedback</source>
            <translation>math o adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="31" />
            <source>the department</source>
            <translation>yr adran</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="34" />
            <source>the issue raised</source>
            <translation>y mater a godwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="35" />
            <source>the detail</source>
            <translation>y manylion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="67" />
            <location filename="compactdesk/services/feedback.py" line="78" />
            <location filename="compactdesk/services/feedback.py" line="83" />
            <location filename="compactdesk/services/feedback.py" line="95" />
            <location filename="compactdesk/services/feedback.py" line="212" />
            <source>feedback item</source>
            <translation>eitem adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="84" />
            <source>the date it was answered</source>
            <translation>y dyddiad y'i hatebwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="85" />
            <source>the answer</source>
            <translation>yr ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="88" />
            <source>way of answering</source>
            <translation>ffordd o ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="89" />
            <source>the summary of the answer</source>
            <translation>crynodeb yr ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="180" />
            <source>Overdue by {days}</source>
            <translation>{days} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="182" />
            <source>Answered {days} late</source>
            <translation>Atebwyd {days} yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="184" />
            <source>Answered on time</source>
            <translation>Atebwyd mewn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="186" />
            <source>Due today</source>
            <translation>Yn ddyledus heddiw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/feedback.py" line="186" />
            <source>Due in {days}</source>
            <translation>Yn ddyledus ymhen {days}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/feedback.py" line="47" />
            <source>Within %n day(s) (the compact's standard)</source>
            <translation>
                <numerusform>O fewn %n diwrnod (safon y compact)</numerusform>
                <numerusform>O fewn %n diwrnod (safon y compact)</numerusform>
                <numerusform>O fewn %n diwrnod (safon y compact)</numerusform>
                <numerusform>O fewn %n diwrnod (safon y compact)</numerusform>
                <numerusform>O fewn %n diwrnod (safon y compact)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="48" />
            <source>By the next meeting</source>
            <translation>Erbyn y cyfarfod nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="49" />
            <source>By a date I choose</source>
            <translation>Erbyn dyddiad o'm dewis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="56" />
            <source>Record feedback owed</source>
            <translation>Cofnodi adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="63" />
            <source>Edit feedback owed</source>
            <translation>Golygu adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="70" />
            <source>Choose the officer…</source>
            <translation>Dewiswch y swyddog…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="110" />
            <source>Record feedback owed “{issue}”</source>
            <translation>Cofnodi adborth sy'n ddyledus “{issue}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/feedback.py" line="112" />
            <source>Edit feedback “{issue}”</source>
            <translation>Golygu adborth “{issue}”</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="6" />
            <source>Feedback owed</source>
            <translation>Adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="16" />
            <source>&amp;Issue raised:</source>
            <translation>&amp;Mater a godwyd:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="17" />
            <source>What the group asked about, in a line</source>
            <translation>Beth roedd y grŵp yn holi amdano, mewn un llinell</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="18" />
            <source>&amp;Owed by:</source>
            <translation>&amp;Yn ddyledus gan:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="20" />
            <source>De&amp;partment:</source>
            <translation>&amp;Adran:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="21" />
            <source>The officer's own department if left blank</source>
            <translation>Adran y swyddog ei hun os caiff ei gadael yn wag</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="22" />
            <source>&amp;Asked for:</source>
            <translation>&amp;Gofynnwyd am:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="24" />
            <source>&amp;Raised on:</source>
            <translation>&amp;Codwyd ar:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="26" />
            <source>Du&amp;e:</source>
            <translation>Dyl&amp;edus:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="28" />
            <source>Due &amp;date:</source>
            <translation>&amp;Dyddiad dyledus:</translation>
        </message>
        <message>
            <location filename="ui/feedback_dialog.ui" line="30" />
            <source>De&amp;tail:</source>
            <translation>Ma&amp;nylion:</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="59" />
            <location filename="compactdesk/gui/pages/feedback.py" line="65" />
            <location filename="compactdesk/gui/pages/feedback.py" line="144" />
            <location filename="compactdesk/gui/pages/feedback.py" line="156" />
            <source>Feedback owed</source>
            <translation>Adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="70" />
            <source>Record feedback owed…</source>
            <translation>Cofnodi adborth sy'n ddyledus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="73" />
            <source>Search issue, officer or department (Ctrl+F)</source>
            <translation>Chwilio mater, swyddog neu adran (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="74" />
            <source>Search feedback owed</source>
            <translation>Chwilio adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="84" />
            <source>Not yet answered</source>
            <translation>Heb eu hateb eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="84" />
            <source>Overdue only</source>
            <translation>Rhai hwyr yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="85" />
            <source>Answered</source>
            <translation>Wedi'u hateb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="85" />
            <source>Everything</source>
            <translation>Popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="101" />
            <source>&amp;Showing:</source>
            <translation>&amp;Dangos:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="101" />
            <source>&amp;Officer:</source>
            <translation>&amp;Swyddog:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="102" />
            <source>De&amp;partment:</source>
            <translation>&amp;Adran:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="110" />
            <source>The feedback item in full</source>
            <translation>Yr eitem adborth yn llawn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="111" />
            <location filename="compactdesk/gui/pages/feedback.py" line="300" />
            <source>&amp;Mark answered…</source>
            <translation>&amp;Nodi ateb…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="113" />
            <source>Re&amp;open</source>
            <translation>A&amp;ilagor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="115" />
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="135" />
            <source>E&amp;xport log…</source>
            <translation>Allforio'r &amp;cofnod…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="137" />
            <source>Make the feedback log as a PDF or Word file (Ctrl+E)</source>
            <translation>Creu'r cofnod adborth fel ffeil PDF neu Word (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="139" />
            <source>C&amp;hase letters…</source>
            <translation>&amp;Llythyrau atgoffa…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="141" />
            <source>Write a letter to each officer whose feedback is overdue</source>
            <translation>Ysgrifennu llythyr at bob swyddog y mae ei adborth yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="166" />
            <source>Issue</source>
            <translation>Mater</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="167" />
            <source>Owed by</source>
            <translation>Yn ddyledus gan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="168" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="169" />
            <source>Raised</source>
            <translation>Codwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="170" />
            <source>Due</source>
            <translation>Dyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="171" />
            <source>Outstanding</source>
            <translation>Heb ei ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="173" />
            <source>Where it stands</source>
            <translation>Sefyllfa</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="208" />
            <source>Any officer</source>
            <translation>Unrhyw swyddog</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="209" />
            <source>Any department</source>
            <translation>Unrhyw adran</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/feedback.py" line="252" />
            <source>Showing {shown} of %n item(s) · {overdue} overdue</source>
            <translation>
                <numerusform>Yn dangos {shown} o %n eitem · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n eitem · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n eitem · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n eitem · {overdue} yn hwyr</numerusform>
                <numerusform>Yn dangos {shown} o %n eitem · {overdue} yn hwyr</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="257" />
            <source>&lt;h3&gt;No feedback is owed&lt;/h3&gt;&lt;p&gt;When a meeting asks an officer for an answer, record it here with Ctrl+N, or from the meeting's minutes with “Record feedback owed”. A log kept in a spreadsheet comes in with &lt;nobr&gt;File ▸ Import&lt;/nobr&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Does dim adborth yn ddyledus&lt;/h3&gt;&lt;p&gt;Pan fydd cyfarfod yn gofyn i swyddog am ateb, cofnodwch hynny yma gyda Ctrl+N, neu o gofnodion y cyfarfod gyda “Cofnodi adborth sy'n ddyledus”. Daw cofnod a gadwyd mewn taenlen i mewn drwy &lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="261" />
            <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Clear the search, or set Showing to “Everything” and the officer and department to “Any”.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim byd yn cyfateb&lt;/h3&gt;&lt;p&gt;Cliriwch y chwiliad, neu dewiswch “Popeth” yn Dangos ac “Unrhyw” ar gyfer y swyddog a'r adran.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="300" />
            <source>Change &amp;answer…</source>
            <translation>&amp;Newid yr ateb…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="304" />
            <source>Choose an item to see its detail and mark it answered.</source>
            <translation>Dewiswch eitem i weld ei manylion a nodi ei hateb.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="311" />
            <source>Owed by {officer}{department}; asked for: {ask}.</source>
            <translation>Yn ddyledus gan {officer}{department}; y cais: {ask}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="314" />
            <source>Raised {raised}; due {due}.</source>
            <translation>Codwyd {raised}; dyledus {due}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="321" />
            <source>&lt;b&gt;Answered&lt;/b&gt; {day} ({how}). {summary}</source>
            <translation>&lt;b&gt;Atebwyd&lt;/b&gt; {day} ({how}). {summary}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="329" />
            <source>New feedback owed…</source>
            <translation>Adborth newydd sy'n ddyledus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="356" />
            <source>Delete feedback “{issue}”</source>
            <translation>Dileu adborth “{issue}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/feedback.py" line="370" />
            <source>Reopen “{issue}”</source>
            <translation>Ailagor “{issue}”</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="34" />
            <source>No file was chosen: choose the file, or type its name.</source>
            <translation>Ni ddewiswyd ffeil: dewiswch y ffeil, neu teipiwch ei henw.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="40" />
            <location filename="compactdesk/services/file_refusals.py" line="64" />
            <source>The file name {name} has characters no disk allows in a name: choose the file again, or type its name without them.</source>
            <translation>Mae'r enw ffeil {name} yn cynnwys nodau nad oes unrhyw ddisg yn eu caniatáu mewn enw: dewiswch y ffeil eto, neu teipiwch ei henw hebddynt.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="67" />
            <source>That file name is too long for the disk: choose a shorter one, or a folder nearer the top of the disk.</source>
            <translation>Mae enw'r ffeil yn rhy hir i'r ddisg: dewiswch un byrrach, neu ffolder yn nes at frig y ddisg.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="70" />
            <source>The file name {name} has characters this disk does not allow in a name: choose another name.</source>
            <translation>Mae'r enw ffeil {name} yn cynnwys nodau nad yw'r ddisg hon yn eu caniatáu mewn enw: dewiswch enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="73" />
            <location filename="compactdesk/services/file_writing.py" line="22" />
            <source>The folder {folder} does not exist (or its disk has been removed). Choose another folder.</source>
            <translation>Nid yw'r ffolder {folder} yn bodoli (neu mae ei ddisg wedi'i thynnu). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="75" />
            <source>There is no file {name}. It may have been moved, renamed or deleted; choose it again.</source>
            <translation>Does dim ffeil o'r enw {name}. Efallai ei bod wedi'i symud, ei hailenwi neu ei dileu; dewiswch hi eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="78" />
            <source>{name} is a folder. Choose a file inside it, or give a file name.</source>
            <translation>Ffolder yw {name}. Dewiswch ffeil y tu mewn iddo, neu rhowch enw ffeil.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="80" />
            <source>Part of {name} is a file, not a folder, so there is nothing there. Choose the file again.</source>
            <translation>Mae rhan o {name} yn ffeil, nid ffolder, felly does dim byd yno. Dewiswch y ffeil eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="83" />
            <source>CompactDesk is not allowed to write {name}. Choose another folder, such as Documents, or ask whoever looks after this computer.</source>
            <translation>Does gan CompactDesk ddim caniatâd i ysgrifennu {name}. Dewiswch ffolder arall, fel Dogfennau, neu gofynnwch i bwy bynnag sy'n gofalu am y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="85" />
            <source>CompactDesk could not open {base}: it is not allowed to read it. Copy it to a folder of your own, such as Documents, and choose the copy.</source>
            <translation>Nid oedd modd i CompactDesk agor {base}: does ganddo ddim caniatâd i'w darllen. Copïwch y ffeil i ffolder sy'n eiddo i chi, fel Dogfennau, a dewiswch y copi.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="88" />
            <source>The disk {folder} is on can only be read, not written. Choose another folder, such as Documents.</source>
            <translation>Mae'r ddisg y mae {folder} arni yn un i'w darllen yn unig: does dim modd ysgrifennu arni. Dewiswch ffolder arall, fel Dogfennau.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="91" />
            <source>The disk is full (or {name} would be too big for it). Free some space, or choose another disk, then try again.</source>
            <translation>Mae'r ddisg yn llawn (neu byddai {name} yn rhy fawr iddi). Rhyddhewch ychydig o le, neu dewiswch ddisg arall, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="94" />
            <source>{name} is a link that leads round in a circle. Choose the file itself.</source>
            <translation>Mae {name} yn ddolen sy'n arwain mewn cylch. Dewiswch y ffeil ei hun.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="96" />
            <source>{name} is in use by another program. Close it there, then try again.</source>
            <translation>Mae {name} yn cael ei defnyddio gan raglen arall. Caewch hi yno, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="98" />
            <source>The disk or network folder {name} is on cannot be reached: it may have been removed or disconnected. Connect it again, or choose another place.</source>
            <translation>Does dim modd cyrraedd y ddisg neu'r ffolder rhwydwaith y mae {name} arni: efallai ei bod wedi'i thynnu neu ei datgysylltu. Cysylltwch hi eto, neu dewiswch le arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="101" />
            <source>The disk {name} is on could not be written: it may be failing or have been removed. Try again, or choose another disk.</source>
            <translation>Nid oedd modd ysgrifennu i'r ddisg y mae {name} arni: efallai ei bod yn methu neu wedi'i thynnu. Rhowch gynnig arall arni, neu dewiswch ddisg arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="103" />
            <source>The disk {name} is on could not be read: it may be failing or have been removed. Try again, or copy the file to another disk.</source>
            <translation>Nid oedd modd darllen y ddisg y mae {name} arni: efallai ei bod yn methu neu wedi'i thynnu. Rhowch gynnig arall arni, neu copïwch y ffeil i ddisg arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="106" />
            <source>{base} could not be written ({reason}). Check that the disk has space and is still connected, then try again.</source>
            <translation>Nid oedd modd ysgrifennu {base} ({reason}). Gwiriwch fod lle ar y ddisg a'i bod yn dal wedi'i chysylltu, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_refusals.py" line="108" />
            <source>CompactDesk could not open {base} ({reason}). Close it in any other program, check you may read it, then try again.</source>
            <translation>Nid oedd modd i CompactDesk agor {base} ({reason}). Caewch y ffeil mewn unrhyw raglen arall, gwiriwch fod gennych hawl i'w darllen, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_writing.py" line="19" />
            <source>{path} is a folder. Give a file name inside it.</source>
            <translation>Ffolder yw {path}. Rhowch enw ffeil y tu mewn iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/file_writing.py" line="37" />
            <source>CompactDesk cannot write in {folder}{reason}. The folder may be read-only: choose another folder, such as Documents.</source>
            <translation>Ni all CompactDesk ysgrifennu yn y ffolder {folder}{reason}. Efallai mai darllen yn unig yw'r ffolder: dewiswch ffolder arall, fel Dogfennau.</translation>
        </message>
    </context>
    <context>
        <name>FilesOp</name>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="40" />
            <source>Reading the records</source>
            <translation>Wrthi'n darllen y cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="43" />
            <source>Paper exported</source>
            <translation>Papur wedi'i allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="47" />
            <source>Exported to {path}</source>
            <translation>Wedi'i allforio i {path}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="48" />
            <source>Exported {count} files to {folder}</source>
            <translation>Allforiwyd {count} ffeil i'r ffolder {folder}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="51" />
            <source>The paper was not exported</source>
            <translation>Ni chafodd y papur ei allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="54" />
            <source>The export was stopped; no paper was written.</source>
            <translation>Cafodd yr allforio ei atal; ni chafodd unrhyw bapur ei ysgrifennu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="58" />
            <source>Something went wrong that CompactDesk did not expect, so the paper was not exported. The group's file was not changed: every record is as it was.

Details are in {log}. Please send that file with a note of what you were exporting.</source>
            <translation>Aeth rhywbeth o'i le nad oedd CompactDesk yn ei ddisgwyl, felly ni chafodd y papur ei allforio. Ni newidiwyd ffeil y grŵp: mae pob cofnod fel yr oedd.

Mae'r manylion yn y ffeil {log}. Anfonwch y ffeil honno gyda nodyn o'r hyn roeddech chi'n ei allforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="71" />
            <source>&amp;Open folder</source>
            <translation>&amp;Agor y ffolder</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="compactdesk/gui/first_run.py" line="23" />
            <source>Set &amp;up the group…</source>
            <translation>&amp;Sefydlu'r grŵp…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/first_run.py" line="24" />
            <source>The group's name, words and standards, its partner bodies, seats and members, and its first meeting, step by step</source>
            <translation>Enw'r grŵp, ei eiriau a'i safonau, ei gyrff partner, ei seddi a'i aelodau, a'i gyfarfod cyntaf, gam wrth gam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/first_run.py" line="73" />
            <source>The assistant is in File ▸ Set up the group… whenever you want it; the dashboard shows where to start.</source>
            <translation>Mae'r cynorthwyydd yn Ffeil ▸ Sefydlu'r grŵp… pryd bynnag y bydd ei angen arnoch; mae'r dangosfwrdd yn dangos ble i ddechrau.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="compactdesk/gui/form.py" line="102" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Funding</name>
        <message>
            <location filename="compactdesk/services/funding.py" line="29" />
            <source>funding notice</source>
            <translation>rhybudd am newid cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="34" />
            <source>Choose the organisation whose funding changes.</source>
            <translation>Dewiswch y sefydliad y mae ei gyllid yn newid.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="35" />
            <source>organisation</source>
            <translation>sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="37" />
            <source>{name} is a public body. The notice standard protects voluntary and community organisations: choose the organisation whose funding is reduced or ended.</source>
            <translation>Corff cyhoeddus yw {name}. Mae'r safon rhybudd yn diogelu sefydliadau gwirfoddol a chymunedol: dewiswch y sefydliad y mae ei gyllid yn cael ei leihau neu'n dod i ben.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="45" />
            <location filename="compactdesk/services/funding.py" line="48" />
            <source>the day notice was given</source>
            <translation>y diwrnod y rhoddwyd rhybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="46" />
            <location filename="compactdesk/services/funding.py" line="47" />
            <source>the day the change takes effect</source>
            <translation>y diwrnod y daw'r newid i rym</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="54" />
            <source>kind of change</source>
            <translation>math o newid</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="55" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="88" />
            <source>One month's notice needed from {given}</source>
            <translation>Angen mis o rybudd o {given}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/funding.py" line="90" />
            <source>%n months' notice needed from {given}</source>
            <translation>
                <numerusform>Angen %n mis o rybudd o {given}</numerusform>
                <numerusform>Angen %n mis o rybudd o {given}</numerusform>
                <numerusform>Angen %n mis o rybudd o {given}</numerusform>
                <numerusform>Angen %n mis o rybudd o {given}</numerusform>
                <numerusform>Angen %n mis o rybudd o {given}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="95" />
            <source>{needed}: may take effect from {until} — {short} short</source>
            <translation>{needed}: caiff ddod i rym o {until} — {short} yn brin</translation>
        </message>
        <message>
            <location filename="compactdesk/services/funding.py" line="97" />
            <source>{needed}: may take effect from {until} — enough notice</source>
            <translation>{needed}: caiff ddod i rym o {until} — digon o rybudd</translation>
        </message>
    </context>
    <context>
        <name>FundingNoticeDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="275" />
            <source>New funding notice</source>
            <translation>Rhybudd newydd am newid cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="279" />
            <source>Edit funding notice</source>
            <translation>Golygu rhybudd am newid cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="294" />
            <source>Choose the organisation…</source>
            <translation>Dewiswch y sefydliad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="296" />
            <source>Choose the public body…</source>
            <translation>Dewiswch y corff cyhoeddus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="304" />
            <source>The change cannot take effect before notice is given.</source>
            <translation>Ni all y newid ddod i rym cyn i'r rhybudd gael ei roi.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="316" />
            <source>Add funding notice for “{name}”</source>
            <translation>Ychwanegu rhybudd am newid cyllid ar gyfer “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/standards.py" line="318" />
            <source>Edit funding notice for “{name}”</source>
            <translation>Golygu rhybudd am newid cyllid ar gyfer “{name}”</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="6" />
            <source>Funding notice</source>
            <translation>Rhybudd am newid cyllid</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="10" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Sefydliad:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="12" />
            <source>Public &amp;body:</source>
            <translation>&amp;Corff cyhoeddus:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="14" />
            <source>&amp;Change:</source>
            <translation>&amp;Newid:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="16" />
            <source>Notice &amp;given on:</source>
            <translation>Rhoddwyd &amp;rhybudd ar:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="18" />
            <source>Takes &amp;effect on:</source>
            <translation>&amp;Yn dod i rym ar:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="21" />
            <source>&amp;Notes:</source>
            <translation>N&amp;odiadau:</translation>
        </message>
        <message>
            <location filename="ui/funding_notice_dialog.ui" line="22" />
            <source>What is reduced or ended, by how much, and what was said</source>
            <translation>Beth sy'n cael ei leihau neu'n dod i ben, faint, a beth a ddywedwyd</translation>
        </message>
    </context>
    <context>
        <name>FundingTab</name>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="28" />
            <source>one calendar month's notice</source>
            <translation>rhybudd o un mis calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="30" />
            <source>{months} calendar months' notice</source>
            <translation>rhybudd o {months} mis calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="32" />
            <source>The compact's standard: {needed} before a public body reduces or ends an organisation's funding. Longer notice is never a shortfall. The number is set on the Compact page.</source>
            <translation>Safon y compact: {needed} cyn i gorff cyhoeddus leihau cyllid sefydliad neu ddod ag ef i ben. Nid yw rhybudd hirach byth yn brin. Caiff y nifer ei gosod ar y dudalen Compact.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="37" />
            <source>{days} short</source>
            <translation>{days} yn brin</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="38" />
            <source>Enough notice</source>
            <translation>Digon o rybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="41" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="43" />
            <source>Public body</source>
            <translation>Corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="44" />
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="46" />
            <source>Notice given</source>
            <translation>Rhoddwyd rhybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="49" />
            <source>Takes effect</source>
            <translation>Yn dod i rym</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="52" />
            <source>Notice</source>
            <translation>Rhybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="63" />
            <source>Funding notices</source>
            <translation>Rhybuddion am newid cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="66" />
            <source>Search organisation, body, change or notice (Ctrl+F)</source>
            <translation>Chwilio sefydliad, corff, newid neu rybudd (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards_funding.py" line="69" />
            <source>&lt;h3&gt;No funding notices recorded yet&lt;/h3&gt;&lt;p&gt;When a public body tells an organisation its funding will be reduced or ended, add the notice here (Ctrl+N): CompactDesk works out the notice the compact asks for, in calendar months, and shows any shortfall.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim rhybuddion am newid cyllid wedi'u cofnodi eto&lt;/h3&gt;&lt;p&gt;Pan fydd corff cyhoeddus yn dweud wrth sefydliad y bydd ei gyllid yn cael ei leihau neu'n dod i ben, ychwanegwch y rhybudd yma (Ctrl+N): mae CompactDesk yn cyfrifo'r rhybudd y mae'r compact yn gofyn amdano, mewn misoedd calendr, ac yn dangos unrhyw brinder.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="compactdesk/documents/handover.py" line="83" />
            <source>{stem} handover {day}</source>
            <translation>{stem} pecyn trosglwyddo {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="92" />
            <source>{path} is a file, not a folder. Choose a folder (an empty one is best).</source>
            <translation>Ffeil yw {path}, nid ffolder. Dewiswch ffolder (ffolder gwag sydd orau).</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="98" />
            <source>CompactDesk cannot make or read the folder {folder} ({reason}). Choose another folder.</source>
            <translation>Ni all CompactDesk greu na darllen y ffolder {folder} ({reason}). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="102" />
            <source>The folder {folder} already holds other files. Choose an empty folder, or the folder of an earlier handover to bring it up to date.</source>
            <translation>Mae ffeiliau eraill eisoes yn y ffolder {folder}. Dewiswch ffolder gwag, neu ffolder pecyn trosglwyddo cynharach i'w ddiweddaru.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="244" />
            <source>Everything this group's file holds, exported on {day} for a new secretary or an archive.</source>
            <translation>Popeth sydd yn ffeil y grŵp hwn, wedi'i allforio ar {day} ar gyfer ysgrifennydd newydd neu archif.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="248" />
            <source>papers/ — every paper: for each meeting its agenda and, once held, its minutes (papers/&lt;year&gt;/&lt;date&gt; …); the action plan, feedback log and chase letters as they stand today; the annual review of every year as PDF and Word.</source>
            <translation>papers/ — pob papur: ar gyfer pob cyfarfod, ei agenda ac, ar ôl ei gynnal, ei gofnodion (papers/&lt;year&gt;/&lt;date&gt; …); y cynllun gweithredu, y cofnod adborth a'r llythyrau atgoffa fel y maent heddiw; adolygiad blynyddol pob blwyddyn fel PDF a Word.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="251" />
            <source>data/ — one CSV file for each kind of record (UTF-8, opens in Excel), with a header row of column names and dates written as YYYY-MM-DD. Rows point at each other by their id columns.</source>
            <translation>data/ — un ffeil CSV ar gyfer pob math o gofnod (UTF-8, yn agor yn Excel), gyda rhes pennawd o enwau colofnau a dyddiadau wedi'u hysgrifennu fel YYYY-MM-DD. Mae rhesi'n cyfeirio at ei gilydd drwy eu colofnau id.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="254" />
            <source>A text cell that would begin with =, +, -, @, a tab or a carriage return starts with an added ' so that a spreadsheet shows it as text and never runs it as a formula; the ' is not part of the record.</source>
            <translation>Os byddai cell testun yn dechrau gyda =, +, -, @, tab neu ddychweliad cerbyd, caiff ' ei ychwanegu o'i blaen, fel bod taenlen yn ei dangos fel testun a byth yn ei rhedeg fel fformiwla; nid yw'r ' yn rhan o'r cofnod.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="257" />
            <source>data/papers/ — the papers attached to agenda items, named by their id in data/agenda_paper.csv and their original name.</source>
            <translation>data/papers/ — y papurau sydd ynghlwm wrth eitemau ar yr agenda, wedi'u henwi yn ôl eu id yn data/agenda_paper.csv a'u henw gwreiddiol.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="260" />
            <source>Files:</source>
            <translation>Ffeiliau:</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="264" />
            <source>Not written:</source>
            <translation>Heb eu hysgrifennu:</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="280" />
            <source>Reading the records</source>
            <translation>Wrthi'n darllen y cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="286" />
            <source>Writing {name}</source>
            <translation>Wrthi'n ysgrifennu {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/handover.py" line="304" />
            <source>Putting %n file(s) in place</source>
            <translation>
                <numerusform>Wrthi'n rhoi %n ffeil yn eu lle</numerusform>
                <numerusform>Wrthi'n rhoi %n ffeil yn eu lle</numerusform>
                <numerusform>Wrthi'n rhoi %n ffeil yn eu lle</numerusform>
                <numerusform>Wrthi'n rhoi %n ffeil yn eu lle</numerusform>
                <numerusform>Wrthi'n rhoi %n ffeil yn eu lle</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="317" />
            <source>The handover could not be written in {folder} ({reason}). Check that the disk has space and is still connected, then try again.</source>
            <translation>Nid oedd modd ysgrifennu'r pecyn trosglwyddo yn y ffolder {folder} ({reason}). Gwiriwch fod lle ar y ddisg a'i bod yn dal wedi'i chysylltu, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/handover.py" line="322" />
            <source>Done</source>
            <translation>Wedi gorffen</translation>
        </message>
    </context>
    <context>
        <name>HandoverJob</name>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="112" />
            <source>Exporting everything</source>
            <translation>Wrthi'n allforio popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="124" />
            <source>Everything exported</source>
            <translation>Popeth wedi'i allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="127" />
            <source>Exported {count} files to {folder}: every paper of every year in “papers”, every record as a spreadsheet (CSV) in “data”, and README.txt, which says what is where.</source>
            <translation>Allforiwyd {count} ffeil i'r ffolder {folder}: pob papur o bob blwyddyn yn “papers”, pob cofnod fel taenlen (CSV) yn “data”, a README.txt, sy'n dweud beth sydd ble.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="133" />
            <source>These could not be written (README.txt lists them all):</source>
            <translation>Nid oedd modd ysgrifennu'r rhain (mae README.txt yn eu rhestru i gyd):</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="137" />
            <source>Nothing was exported</source>
            <translation>Ni allforiwyd dim</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/export_job.py" line="140" />
            <source>The export was stopped; the folder is as it was.</source>
            <translation>Cafodd yr allforio ei atal; mae'r ffolder fel yr oedd.</translation>
        </message>
    </context>
    <context>
        <name>HealthRatingDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="182" />
            <source>Health-check {year}: {area}</source>
            <translation>Gwiriad iechyd {year}: {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="184" />
            <source>The aim: {aim}</source>
            <translation>Y nod: {aim}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="190" />
            <source>Health-check {year}: rate “{area}”</source>
            <translation>Gwiriad iechyd {year}: rhoi sgôr i “{area}”</translation>
        </message>
    </context>
    <context>
        <name>HealthTab</name>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="28" />
            <source>Health-check</source>
            <translation>Gwiriad iechyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="33" />
            <source>Once a year, take stock of the partnership in the five areas of the Local Partnerships checklist: rate each from 1 (poor) to 5 (strong) and say what shows it.</source>
            <translation>Unwaith y flwyddyn, pwyswch a mesurwch y bartneriaeth ym mhum maes rhestr wirio Partneriaethau Lleol: rhowch sgôr i bob un o 1 (gwael) i 5 (cryf) a nodwch beth sy'n dangos hynny.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="40" />
            <source>Ra&amp;te…</source>
            <translation>Rhoi &amp;sgôr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="41" />
            <source>Rate the chosen area for the year and give the evidence (Enter or F2)</source>
            <translation>Rhoi sgôr i'r maes a ddewiswyd ar gyfer y flwyddyn a rhoi'r dystiolaeth (Enter neu F2)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="58" />
            <source>Area</source>
            <translation>Maes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="59" />
            <source>Aim</source>
            <translation>Nod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="60" />
            <source>Rating</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="62" />
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="65" />
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_health.py" line="86" />
            <source>{area}: {before}</source>
            <translation>{area}: {before}</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="36" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="37" />
            <source>&amp;User guide</source>
            <translation>&amp;Canllaw defnyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="38" />
            <source>A short illustrated guide, from the first start to the annual review, opened in your web browser (F1)</source>
            <translation>Canllaw byr gyda lluniau, o'r tro cyntaf i chi ddechrau hyd at yr adolygiad blynyddol, yn agor yn eich porwr gwe (F1)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="41" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="43" />
            <source>&amp;About CompactDesk</source>
            <translation>&amp;Ynghylch CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="49" />
            <source>The user guide is missing</source>
            <translation>Mae'r canllaw defnyddwyr ar goll</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="50" />
            <source>The user guide should be at {path}, but it is not there. Installing CompactDesk again puts it back; nothing else is affected.</source>
            <translation>Dylai'r canllaw defnyddwyr fod yn y lle hwn: {path}, ond nid yw yno. Mae gosod CompactDesk eto yn ei roi'n ôl; does dim byd arall yn cael ei effeithio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="54" />
            <location filename="compactdesk/gui/help_menu.py" line="61" />
            <source>User guide</source>
            <translation>Canllaw defnyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="55" />
            <source>CompactDesk could not start your web browser. Open this file in your browser to read the guide:

{path}</source>
            <translation>Nid oedd CompactDesk yn gallu agor eich porwr gwe. Agorwch y ffeil hon yn eich porwr i ddarllen y canllaw:

{path}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="62" />
            <source>Search everything</source>
            <translation>Chwilio popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="63" />
            <source>New item in this area</source>
            <translation>Eitem newydd yn y rhan hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="63" />
            <source>Edit the selected item</source>
            <translation>Golygu'r eitem a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="64" />
            <source>Delete the selected item</source>
            <translation>Dileu'r eitem a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="64" />
            <source>Find on this page</source>
            <translation>Canfod ar y dudalen hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="65" />
            <source>Undo / redo</source>
            <translation>Dadwneud / ail-wneud</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="66" />
            <source>Go to an area</source>
            <translation>Mynd i ran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="67" />
            <source>Refresh</source>
            <translation>Adnewyddu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="67" />
            <source>Larger / smaller text</source>
            <translation>Testun mwy / llai</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="68" />
            <source>Export a paper (agenda, minutes, letters…)</source>
            <translation>Allforio papur (agenda, cofnodion, llythyrau…)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="69" />
            <source>Export everything (every paper and record)</source>
            <translation>Allforio popeth (pob papur a chofnod)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="70" />
            <source>Export this table to a spreadsheet</source>
            <translation>Allforio'r tabl hwn i daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="71" />
            <source>Import from a spreadsheet</source>
            <translation>Mewnforio o daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="72" />
            <source>New group</source>
            <translation>Grŵp newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="72" />
            <source>Open a group</source>
            <translation>Agor grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="73" />
            <source>Save a copy of this group's file</source>
            <translation>Cadw copi o ffeil y grŵp hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="73" />
            <source>Back up now</source>
            <translation>Gwneud copi wrth gefn nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="75" />
            <source>Keyboard shortcuts</source>
            <translation>Llwybrau byr y bysellfwrdd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="78" />
            <source>About CompactDesk</source>
            <translation>Ynghylch CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="79" />
            <source>&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;For the secretary of a local compact liaison group: members and seats, meetings, the action plan, and the feedback officers owe.&lt;/p&gt;&lt;p&gt;This group's records are kept in one file:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Help ▸ User guide (F1) explains how to use it.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;{welsh}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Icons: Material Design Icons by Pictogrammers (SIL Open Font License 1.1; Google's icons Apache License 2.0), as shipped with QtAwesome (MIT). Bank holidays: the holidays library (MIT). Spreadsheets: python-calamine and openpyxl (MIT). Welsh and English dates in the papers: Babel (BSD), from the Unicode CLDR. Their licences are installed with the program (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;Ar gyfer ysgrifennydd grŵp cyswllt compact lleol: aelodau a seddi, cyfarfodydd, y cynllun gweithredu, a'r adborth sy'n ddyledus gan swyddogion.&lt;/p&gt;&lt;p&gt;Mae holl wybodaeth y grŵp hwn yn cael ei chadw mewn un ffeil:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Mae Help ▸ Canllaw defnyddwyr (F1) yn esbonio sut i'w ddefnyddio.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;{welsh}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Eiconau: Material Design Icons gan Pictogrammers (SIL Open Font License 1.1; eiconau Google: Apache License 2.0), fel y'u darperir gyda QtAwesome (MIT). Gwyliau banc: llyfrgell holidays (MIT). Taenlenni: python-calamine ac openpyxl (MIT). Dyddiadau Cymraeg a Saesneg yn y papurau: Babel (BSD), o CLDR Unicode. Mae eu trwyddedau wedi'u gosod gyda'r rhaglen (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="90" />
            <source>&lt;b&gt;Cymraeg:&lt;/b&gt; the Welsh follows the Welsh Government's TermCymru; the terms chosen are listed in GLOSSARY.md, installed with the program beside the translation (compactdesk_cy.ts, in its i18n folder). To send a correction, note the words as they are, where you saw them (a screenshot helps) and what they should say, and send it to the CompactDesk project's issue tracker, or to whoever set CompactDesk up for you. A translator can edit compactdesk_cy.ts in Qt Linguist.</source>
            <translation>&lt;b&gt;Cymraeg:&lt;/b&gt; mae'r Gymraeg yn dilyn TermCymru Llywodraeth Cymru; mae'r termau a ddewiswyd wedi'u rhestru yn GLOSSARY.md, sydd wedi'i osod gyda'r rhaglen wrth ymyl y cyfieithiad (compactdesk_cy.ts, yn ei ffolder i18n). I anfon cywiriad, nodwch y geiriau fel y maent, ble y'u gwelsoch (mae sgrinlun yn help) a beth ddylen nhw ei ddweud, a'i anfon at system olrhain materion prosiect CompactDesk, neu at bwy bynnag a osododd CompactDesk i chi. Gall cyfieithydd olygu compactdesk_cy.ts yn Qt Linguist.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/help_menu.py" line="96" />
            <source>CompactDesk is free software under the GNU General Public License, version 3 or later; it comes with no warranty.</source>
            <translation>Meddalwedd rydd yw CompactDesk, o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach; daw heb unrhyw warant.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;For the secretary of a local compact liaison group: members and seats, meetings, the action plan, and the feedback officers owe.&lt;/p&gt;&lt;p&gt;This group's records are kept in one file:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Help ▸ User guide (F1) explains how to use it.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;{welsh}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Icons: Material Design Icons by Pictogrammers (SIL Open Font License 1.1; Google's icons Apache License 2.0), as shipped with QtAwesome (MIT). Bank holidays: the holidays library (MIT). Spreadsheets: python-calamine and openpyxl (MIT). Their licences are installed with the program (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;Ar gyfer ysgrifennydd grŵp cyswllt compact lleol: aelodau a seddi, cyfarfodydd, y cynllun gweithredu, a'r adborth sy'n ddyledus gan swyddogion.&lt;/p&gt;&lt;p&gt;Mae holl wybodaeth y grŵp hwn yn cael ei chadw mewn un ffeil:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Mae Help ▸ Canllaw defnyddwyr (F1) yn esbonio sut i'w ddefnyddio.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;{welsh}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Eiconau: Material Design Icons gan Pictogrammers (SIL Open Font License 1.1; eiconau Google: Apache License 2.0), fel y'u darperir gyda QtAwesome (MIT). Gwyliau banc: llyfrgell holidays (MIT). Taenlenni: python-calamine ac openpyxl (MIT). Mae eu trwyddedau wedi'u gosod gyda'r rhaglen (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;For the secretary of a local compact liaison group: members and seats, meetings, the action plan, and the feedback officers owe.&lt;/p&gt;&lt;p&gt;This group's records are kept in one file:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Help ▸ User guide (F1) explains how to use it.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Icons: Material Design Icons by Pictogrammers (SIL Open Font License 1.1; Google's icons Apache License 2.0), as shipped with QtAwesome (MIT). Bank holidays: the holidays library (MIT). Spreadsheets: python-calamine and openpyxl (MIT). Their licences are installed with the program (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;CompactDesk {version}&lt;/h3&gt;&lt;p&gt;Ar gyfer ysgrifennydd grŵp cyswllt compact lleol: aelodau a seddi, cyfarfodydd, y cynllun gweithredu, a'r adborth sy'n ddyledus gan swyddogion.&lt;/p&gt;&lt;p&gt;Mae holl wybodaeth y grŵp hwn yn cael ei chadw mewn un ffeil:&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Mae Help ▸ Canllaw defnyddwyr (F1) yn esbonio sut i'w ddefnyddio.&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Eiconau: Material Design Icons gan Pictogrammers (SIL Open Font License 1.1; eiconau Google: Apache License 2.0), fel y'u darperir gyda QtAwesome (MIT). Gwyliau banc: llyfrgell holidays (MIT). Taenlenni: python-calamine ac openpyxl (MIT). Mae eu trwyddedau wedi'u gosod gyda'r rhaglen (share/compactdesk/licences).&lt;/small&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="30" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="31" />
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="32" />
            <source>Seats and their members</source>
            <translation>Seddi a'u haelodau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="33" />
            <source>Action-plan targets</source>
            <translation>Targedau'r cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="34" />
            <source>Feedback owed</source>
            <translation>Adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="52" />
            <source>a date such as 15/01/2027</source>
            <translation>dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="58" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="59" />
            <source>the person's full name, such as Ann Jones or Jones, Ann</source>
            <translation>enw llawn yr unigolyn, fel Ann Jones neu Jones, Ann</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="60" />
            <location filename="compactdesk/domain/import_fields.py" line="101" />
            <source>First name</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="61" />
            <source>the person's first name, when the surname is in a column of its own; the two are joined (a title such as Mr or Cllr is left out)</source>
            <translation>enw cyntaf yr unigolyn, pan fo'r cyfenw mewn colofn ar wahân; caiff y ddau eu cyfuno (gadewir teitl fel Mr neu Cyng allan)</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="63" />
            <location filename="compactdesk/domain/import_fields.py" line="104" />
            <source>Surname</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="64" />
            <source>the person's surname, when the first name is in a column of its own</source>
            <translation>cyfenw'r unigolyn, pan fo'r enw cyntaf mewn colofn ar wahân</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="65" />
            <location filename="compactdesk/domain/import_fields.py" line="80" />
            <location filename="compactdesk/domain/import_fields.py" line="106" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="66" />
            <source>the organisation they work or volunteer for</source>
            <translation>y sefydliad y maen nhw'n gweithio neu'n gwirfoddoli iddo</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="67" />
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="68" />
            <source>their job title or role, such as Chief Officer</source>
            <translation>teitl eu swydd neu eu rôl, fel Prif Swyddog</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="69" />
            <location filename="compactdesk/domain/import_fields.py" line="136" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="70" />
            <source>their department, for people in a public body</source>
            <translation>eu hadran, ar gyfer pobl mewn corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="71" />
            <location filename="compactdesk/domain/import_fields.py" line="108" />
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="72" />
            <source>an email address, such as ann@example.org</source>
            <translation>cyfeiriad e-bost, fel ann@example.org</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="73" />
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="73" />
            <source>a telephone number</source>
            <translation>rhif ffôn</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="74" />
            <source>Address</source>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="74" />
            <source>a postal address</source>
            <translation>cyfeiriad post</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="75" />
            <source>Compact champion</source>
            <translation>Hyrwyddwr y compact</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="76" />
            <source>yes if they are their department's compact champion; otherwise leave it empty</source>
            <translation>ie os mai nhw yw hyrwyddwr y compact yn eu hadran; fel arall gadewch yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="77" />
            <location filename="compactdesk/domain/import_fields.py" line="85" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="77" />
            <location filename="compactdesk/domain/import_fields.py" line="85" />
            <source>anything else to keep</source>
            <translation>unrhyw beth arall i'w gadw</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="81" />
            <source>the organisation's name, written as it writes it</source>
            <translation>enw'r sefydliad, wedi'i ysgrifennu fel y mae'r sefydliad ei hun yn ei ysgrifennu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="82" />
            <location filename="compactdesk/domain/import_fields.py" line="90" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="83" />
            <source>Council, Health, Police, Fire, Education, Other public or Voluntary and community; empty means Voluntary and community</source>
            <translation>un o: Cyngor, Iechyd, Heddlu, Tân, Addysg, Cyhoeddus arall, Gwirfoddol a chymunedol; os yw'n wag: Gwirfoddol a chymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="88" />
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="89" />
            <source>the seat's title, such as Voluntary sector seat 1</source>
            <translation>teitl y sedd, fel Sedd y sector gwirfoddol 1</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="91" />
            <source>the sector the seat is for: Council, Health, Police, Fire, Education, Other public or Voluntary and community; when empty, the seat's title or the member's organisation says it, or else Voluntary and community</source>
            <translation>y sector y mae'r sedd ar ei gyfer, un o: Cyngor, Iechyd, Heddlu, Tân, Addysg, Cyhoeddus arall, Gwirfoddol a chymunedol; os yw'n wag, daw o deitl y sedd neu o sefydliad yr aelod, neu fel arall Gwirfoddol a chymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="94" />
            <source>How filled</source>
            <translation>Sut y'i llenwir</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="95" />
            <source>Elected, Selected, Reserved or Nominated; empty means Selected, or Reserved when Reserved for is filled</source>
            <translation>un o: Etholedig, Dewisedig, Neilltuedig, Enwebedig; os yw'n wag: Dewisedig, neu Neilltuedig pan fo rhywbeth yng ngholofn Neilltuwyd ar gyfer</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="97" />
            <source>Reserved for</source>
            <translation>Neilltuwyd ar gyfer</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="98" />
            <source>who a reserved seat is for, such as BME forum</source>
            <translation>ar gyfer pwy y mae sedd neilltuedig, fel fforwm BME</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="99" />
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="100" />
            <source>the name of the person who holds the seat; empty for a vacant seat</source>
            <translation>enw'r unigolyn sydd â'r sedd; gwag os yw'r sedd yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="102" />
            <source>the member's first name, when the surname is in a column of its own; the two are joined (a title such as Mr or Cllr is left out)</source>
            <translation>enw cyntaf yr aelod, pan fo'r cyfenw mewn colofn ar wahân; caiff y ddau eu cyfuno (gadewir teitl fel Mr neu Cyng allan)</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="105" />
            <source>the member's surname, when the first name is in a column of its own</source>
            <translation>cyfenw'r aelod, pan fo'r enw cyntaf mewn colofn ar wahân</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="107" />
            <source>the member's organisation</source>
            <translation>sefydliad yr aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="109" />
            <source>the member's email address</source>
            <translation>cyfeiriad e-bost yr aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="110" />
            <location filename="compactdesk/domain/import_fields.py" line="122" />
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="111" />
            <source>when the member's term began: a date such as 15/01/2027</source>
            <translation>pryd y dechreuodd tymor yr aelod: dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="112" />
            <source>End date</source>
            <translation>Dyddiad gorffen</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="113" />
            <source>when the term ends or ended: a date such as 14/01/2029; empty if open</source>
            <translation>pryd y daw'r tymor i ben neu y daeth i ben: dyddiad fel 14/01/2029; gwag os yw'n agored</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="116" />
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="116" />
            <source>what is to be done</source>
            <translation>beth sydd i'w wneud</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="117" />
            <source>Measure</source>
            <translation>Mesur</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="118" />
            <source>how the group will know it is done</source>
            <translation>sut y bydd y grŵp yn gwybod ei fod wedi'i wneud</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="119" />
            <source>Lead</source>
            <translation>Arweinydd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="119" />
            <source>the person who leads it</source>
            <translation>yr unigolyn sy'n ei arwain</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="120" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="121" />
            <source>the organisation responsible</source>
            <translation>y sefydliad sy'n gyfrifol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="123" />
            <source>Deadline</source>
            <translation>Dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="124" />
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="125" />
            <source>the latest progress, in a sentence or two</source>
            <translation>y cynnydd diweddaraf, mewn brawddeg neu ddwy</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="126" />
            <source>Progress date</source>
            <translation>Dyddiad cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="127" />
            <source>the date of that progress: a date such as 15/01/2027</source>
            <translation>dyddiad y cynnydd hwnnw: dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="128" />
            <source>Completed</source>
            <translation>Cwblhawyd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="129" />
            <source>the date it was done; empty if it is still open</source>
            <translation>y dyddiad y cafodd ei wneud; gwag os yw'n dal ar agor</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="132" />
            <source>Issue</source>
            <translation>Mater</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="133" />
            <source>what the group asked for, in a line</source>
            <translation>beth y gofynnodd y grŵp amdano, mewn llinell</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="134" />
            <source>Officer</source>
            <translation>Swyddog</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="135" />
            <source>the officer who owes the feedback</source>
            <translation>y swyddog sydd i roi'r adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="137" />
            <source>the officer's department</source>
            <translation>adran y swyddog</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="138" />
            <source>Date raised</source>
            <translation>Dyddiad codi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="139" />
            <source>when the group asked: a date such as 15/01/2027</source>
            <translation>pryd y gofynnodd y grŵp: dyddiad fel 15/01/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="140" />
            <source>Due by</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="141" />
            <source>when the answer is due: a date such as 12/02/2027</source>
            <translation>pryd y mae'r ateb yn ddyledus: dyddiad fel 12/02/2027</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="142" />
            <source>Detail</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="143" />
            <source>more about what was asked</source>
            <translation>rhagor am yr hyn a ofynnwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="144" />
            <source>Date answered</source>
            <translation>Dyddiad ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="145" />
            <source>when it was answered; empty if it is still owed</source>
            <translation>pryd yr atebwyd; gwag os yw'n dal yn ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="146" />
            <source>Answer</source>
            <translation>Ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/import_fields.py" line="147" />
            <source>what the answer said, in brief</source>
            <translation>beth a ddywedodd yr ateb, yn gryno</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="60" />
            <source>{name} (added from row {row})</source>
            <translation>{name} (ychwanegwyd o res {row})</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="281" />
            <source>'{typed}' is not held by that name; it may be {held}. Choose in the import window, or write the name as held.</source>
            <translation>Nid oes sefydliad o'r enw '{typed}' yn y ffeil; efallai mai {held} ydyw. Dewiswch yn y ffenestr mewnforio, neu ysgrifennwch yr enw fel y mae yn y ffeil.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="288" />
            <source>The organisation chosen for '{typed}' is no longer in the group's file. Choose again in the import window.</source>
            <translation>Nid yw'r sefydliad a ddewiswyd ar gyfer '{typed}' yn ffeil y grŵp mwyach. Dewiswch eto yn y ffenestr mewnforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="294" />
            <source>{name} (the file says “{typed}”, taken as chosen)</source>
            <translation>{name} (“{typed}” yn y ffeil, fel y dewisoch)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="304" />
            <source>{name} is written like {other}, which row {row} adds: if they are one organisation, write its name the same way in both rows</source>
            <translation>Mae {name} yn debyg i {other}, y mae rhes {row} yn ei ychwanegu: os mai'r un sefydliad ydyn nhw, ysgrifennwch yr enw yr un fath yn y ddwy res</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="312" />
            <source>{name} (new organisation, {sector})</source>
            <translation>{name} (sefydliad newydd, {sector})</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="346" />
            <source>matched by email address to {name}</source>
            <translation>wedi'i baru â {name} drwy'r cyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="359" />
            <source>held</source>
            <translation>eisoes yn y ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="360" />
            <source>added by row {row}</source>
            <translation>ychwanegwyd gan res {row}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="361" />
            <source>{name} is written like {other} ({where}): if they are one person, write the name the same way</source>
            <translation>Mae {name} yn debyg i {other} ({where}): os mai'r un person ydyn nhw, ysgrifennwch yr enw yr un fath</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="365" />
            <source>{name} (new person)</source>
            <translation>{name} (person newydd)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="372" />
            <source>{name} is held with another email, {email}; check it is the same person</source>
            <translation>Mae {name} yn y ffeil gydag e-bost arall, {email}; gwiriwch mai'r un person ydyw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="381" />
            <source>{name} is held with another organisation, {organisation}; check it is the same person</source>
            <translation>Mae {name} yn y ffeil gyda sefydliad arall, {organisation}; gwiriwch mai'r un person ydyw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="398" />
            <source>email address</source>
            <translation>cyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="398" />
            <source>phone number</source>
            <translation>rhif ffôn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="399" />
            <source>role</source>
            <translation>rôl</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_records.py" line="400" />
            <source>{person}'s empty {what} filled in from the file</source>
            <translation>llenwyd {what} {person}, a oedd yn wag, o'r ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="48" />
            <source>The term's dates are given, but not who held the seat. Give the member's name, or clear the dates.</source>
            <translation>Mae dyddiadau'r tymor wedi'u rhoi, ond nid pwy oedd â'r sedd. Rhowch enw'r aelod, neu cliriwch y dyddiadau.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="71" />
            <source>{term} (new term; the file gives no start date, so it starts on the day of the import)</source>
            <translation>{term} (tymor newydd; nid yw'r ffeil yn rhoi dyddiad dechrau, felly mae'n dechrau ar ddiwrnod y mewnforio)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="74" />
            <source>{term} (new term)</source>
            <translation>{term} (tymor newydd)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="79" />
            <source>{person}'s term in {seat} from {start}</source>
            <translation>tymor {person} yn y sedd {seat} o {start}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="99" />
            <source>{title} (new seat, {sector})</source>
            <translation>{title} (sedd newydd, {sector})</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="108" />
            <source>A progress date is given but no progress. Write what progress was made, or clear the date.</source>
            <translation>Mae dyddiad cynnydd wedi'i roi ond dim cynnydd. Ysgrifennwch ba gynnydd a wnaed, neu cliriwch y dyddiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="127" />
            <source>{title} (new target)</source>
            <translation>{title} (targed newydd)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="132" />
            <source>progress on {title} dated {day}</source>
            <translation>cynnydd ar {title}, dyddiad {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="137" />
            <source>{title} done on {day}</source>
            <translation>{title} wedi'i gwblhau ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="146" />
            <source>An answer is given but not the day it was answered. Give the date answered, or clear the answer.</source>
            <translation>Mae ateb wedi'i roi ond nid y dyddiad yr atebwyd. Rhowch y dyddiad ateb, neu cliriwch yr ateb.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="164" />
            <source>{issue} (new feedback owed by {officer})</source>
            <translation>{issue} (adborth newydd sy'n ddyledus gan {officer})</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_rows.py" line="170" />
            <source>{issue} answered on {day}</source>
            <translation>{issue} wedi'i ateb ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="13" />
            <source>How to fill it in</source>
            <translation>Sut i'w lenwi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="29" />
            <source>{path} is a folder. Give a file name inside it.</source>
            <translation>Ffolder yw {path}. Rhowch enw ffeil y tu mewn iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="66" />
            <source>How to fill in this template: {kind}</source>
            <translation>Sut i lenwi'r templed hwn: {kind}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="70" />
            <source>Type one record on each row of the sheet '{sheet}', under the headers. Keep the headers as they are: CompactDesk finds the columns by them.</source>
            <translation>Teipiwch un cofnod ar bob rhes o'r ddalen '{sheet}', o dan y penawdau. Cadwch y penawdau fel y maen nhw: mae CompactDesk yn dod o hyd i'r colofnau drwyddyn nhw.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="72" />
            <source>Columns marked 'Needed' (shaded yellow) must be filled on every row; leave any other column empty when you do not know it.</source>
            <translation>Rhaid llenwi'r colofnau sydd wedi'u marcio 'Angen' (mewn melyn) ar bob rhes; gadewch unrhyw golofn arall yn wag os nad ydych chi'n gwybod.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="74" />
            <source>Dates can be typed as 15/01/2027 or 15 Jan 2027. Names can be written Ann Jones or Jones, Ann.</source>
            <translation>Gallwch deipio dyddiadau fel 15/01/2027 neu 15 Ion 2027. Gallwch ysgrifennu enwau fel Ann Jones neu Jones, Ann.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="76" />
            <source>Then choose File ▸ Import… in CompactDesk and choose this file. Nothing is added until you have checked the preview and accepted it.</source>
            <translation>Yna dewiswch Ffeil ▸ Mewnforio… yn CompactDesk a dewiswch y ffeil hon. Ni chaiff dim ei ychwanegu nes i chi wirio'r rhagolwg a'i dderbyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="84" />
            <source>Column</source>
            <translation>Colofn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="84" />
            <location filename="compactdesk/services/import_template.py" line="89" />
            <source>Needed</source>
            <translation>Angen</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="84" />
            <source>What goes in it</source>
            <translation>Beth sy'n mynd ynddi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="89" />
            <location filename="compactdesk/services/import_template.py" line="92" />
            <source>If known</source>
            <translation>Os yw'n hysbys</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="104" />
            <location filename="compactdesk/services/import_values.py" line="52" />
            <location filename="compactdesk/services/importing.py" line="335" />
            <source>yes</source>
            <translation>ie</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="104" />
            <location filename="compactdesk/services/import_values.py" line="52" />
            <source>no</source>
            <translation>na</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_template.py" line="135" />
            <source>{name} could not be replaced: it may be open in Excel or another program, or be read-only. Close it and save the template again, or give another name.</source>
            <translation>Nid oedd modd disodli'r ffeil {name}: efallai ei bod ar agor yn Excel neu raglen arall, neu'n ddarllen yn unig. Caewch hi a chadwch y templed eto, neu rhowch enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="89" />
            <source>{value} in the {what} column is not a whole date: write the day, month and year, such as 15/01/2027{or_empty}.</source>
            <translation>Nid yw {value} yng ngholofn {what} yn ddyddiad cyflawn: ysgrifennwch y diwrnod, y mis a'r flwyddyn, fel 15/01/2027{or_empty}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="93" />
            <source>{value} in the {what} column is not a date. Write the date day first, such as 15/01/2027{or_empty}.</source>
            <translation>Nid yw {value} yng ngholofn {what} yn ddyddiad. Ysgrifennwch y dyddiad gyda'r diwrnod yn gyntaf, fel 15/01/2027{or_empty}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="101" />
            <source>{value} is not a day ({reason}). Correct the date in the {what} column{or_empty}.</source>
            <translation>Nid yw {value} yn ddiwrnod ({reason}). Cywirwch y dyddiad yng ngholofn {what}{or_empty}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="106" />
            <source>'{value}' in the {what} column is not a date CompactDesk can read. Write it day first, such as 15/01/2027 or 15 January 2027{or_empty}.</source>
            <translation>Nid yw '{value}' yng ngholofn {what} yn ddyddiad y gall CompactDesk ei ddarllen. Ysgrifennwch y diwrnod yn gyntaf, fel 15/01/2027 neu 15 Ionawr 2027{or_empty}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="114" />
            <source>, or leave it empty</source>
            <translation>, neu gadewch yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="127" />
            <source>'{value}' in the {what} column is not yes or no. Write yes (or ie), or leave it empty for no.</source>
            <translation>Nid yw '{value}' yng ngholofn {what} yn 'ie' nac yn 'na'. Ysgrifennwch ie (neu yes), neu gadewch yn wag ar gyfer na.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="138" />
            <source>'{value}' in the {what} column is not a sector CompactDesk knows. Write one of: {sectors}; or leave it empty for the voluntary and community sector.</source>
            <translation>Nid yw '{value}' yng ngholofn {what} yn sector y mae CompactDesk yn ei adnabod. Ysgrifennwch un o'r rhain: {sectors}; neu gadewch yn wag ar gyfer y sector gwirfoddol a chymunedol.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/import_values.py" line="151" />
            <source>'{value}' in the {what} column is not a way a seat is filled. Write one of: {fills}; or leave it empty for Selected.</source>
            <translation>Nid yw '{value}' yng ngholofn {what} yn ffordd o lenwi sedd. Ysgrifennwch un o'r rhain: {fills}; neu gadewch yn wag ar gyfer Dewisedig.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="62" />
            <source>New</source>
            <translation>Newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="63" />
            <source>Already held</source>
            <translation>Eisoes yn y ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="64" />
            <source>Refused</source>
            <translation>Gwrthodwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="65" />
            <source>Empty</source>
            <translation>Gwag</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="126" />
            <source>the names (or which two hold the first names and the surnames)</source>
            <translation>yr enwau (neu pa ddwy sy'n cynnwys yr enwau cyntaf a'r cyfenwau)</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="128" />
            <source>the organisations' names</source>
            <translation>enwau'r sefydliadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="129" />
            <source>the seats' titles</source>
            <translation>teitlau'r seddi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="130" />
            <source>the targets</source>
            <translation>y targedau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="131" />
            <source>the issues raised</source>
            <translation>y materion a godwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="132" />
            <source>the officers' names</source>
            <translation>enwau'r swyddogion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="133" />
            <source>the dates they were raised</source>
            <translation>y dyddiadau y cawson nhw eu codi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="152" />
            <source>No row of {file} can be imported.</source>
            <translation>Does dim un rhes o'r ffeil {file} y gellir ei mewnforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="165" />
            <source>No column is read as {label}. Choose which column holds {what}.</source>
            <translation>Does dim colofn yn cael ei darllen fel {label}. Dewiswch ba golofn sy'n cynnwys {what}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="173" />
            <source>{file} has no rows with anything in them: nothing to import.</source>
            <translation>Does dim rhes ag unrhyw beth ynddi yn y ffeil {file}: dim i'w fewnforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="175" />
            <source>{file} has no rows below its header row (row {row}): nothing to import.</source>
            <translation>Does dim rhesi o dan res y penawdau (rhes {row}) yn y ffeil {file}: dim i'w fewnforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="203" />
            <source>Empty in every column read; skipped.</source>
            <translation>Gwag ym mhob colofn a ddarllenir; wedi'i hepgor.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="210" />
            <source>Row {row}: {problem}</source>
            <translation>Rhes {row}: {problem}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="270" />
            <source>Adds {what}.</source>
            <translation>Yn ychwanegu {what}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="272" />
            <source>Already held: {what}.</source>
            <translation>Eisoes yn y ffeil: {what}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="313" />
            <source>The {first} and {surname} columns are empty in this row. Fill them in, or delete the row.</source>
            <translation>Mae'r ddwy golofn yn wag yn y rhes hon: {first}, {surname}. Llenwch nhw, neu dilëwch y rhes.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/importing.py" line="317" />
            <source>The {what} column is empty in this row. Fill it in, or delete the row.</source>
            <translation>Mae colofn {what} yn wag yn y rhes hon. Llenwch hi, neu dilëwch y rhes.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="44" />
            <source>{name} is not a spreadsheet. CompactDesk reads spreadsheets saved as .xlsx, .xls, .ods or .csv. Save it as one of those from Excel or LibreOffice, then try again.</source>
            <translation>Nid yw {name} yn daenlen. Mae CompactDesk yn darllen taenlenni sydd wedi'u cadw fel .xlsx, .xls, .ods neu .csv. Cadwch hi fel un o'r rhain yn Excel neu LibreOffice, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="52" />
            <source>{name} could not be read: it may be damaged, or saved by a program that writes it differently. Open it in Excel or LibreOffice and save it again as .xlsx, .ods or .csv, then try again.</source>
            <translation>Nid oedd modd darllen {name}: efallai ei bod wedi'i difrodi, neu wedi'i chadw gan raglen sy'n ei hysgrifennu'n wahanol. Agorwch hi yn Excel neu LibreOffice a'i chadw eto fel .xlsx, .ods neu .csv, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="60" />
            <source>{name} is protected by a password, so CompactDesk cannot read it. Open it in Excel or LibreOffice with its password and save a copy without one, then import the copy.</source>
            <translation>Mae {name} wedi'i diogelu gan gyfrinair, felly ni all CompactDesk ei darllen. Agorwch hi yn Excel neu LibreOffice gyda'i chyfrinair a chadwch gopi hebddo, yna mewnforiwch y copi.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="68" />
            <source>{name} is empty: there is nothing in it to import. Check that it is the right file and that it was saved after the list was typed in.</source>
            <translation>Mae {name} yn wag: does dim ynddi i'w fewnforio. Gwiriwch mai hon yw'r ffeil gywir a'i bod wedi'i chadw ar ôl teipio'r rhestr.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="79" />
            <source>{path} is a folder. Choose the spreadsheet file inside it.</source>
            <translation>Ffolder yw {path}. Dewiswch y daenlen sydd y tu mewn iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="90" />
            <source>{name} is a CSV file, which has no sheets; it cannot be read as sheet '{sheet}'.</source>
            <translation>Ffeil CSV yw {name}, heb ddalennau; does dim modd ei darllen fel y ddalen '{sheet}'.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="218" />
            <source>{name} has no sheet called '{sheet}'. Its sheets are: {sheets}.</source>
            <translation>Does dim dalen o'r enw '{sheet}' yn y ffeil {name}. Y dalennau sydd ynddi yw: {sheets}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/spreadsheet.py" line="244" />
            <source>The sheet '{sheet}' in {name} is empty. Choose the sheet the list is on.</source>
            <translation>Mae'r ddalen '{sheet}' yn y ffeil {name} yn wag. Dewiswch y ddalen y mae'r rhestr arni.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist (or its disk has been removed). Choose another folder.</source>
            <translation type="vanished">Nid yw'r ffolder {folder} yn bodoli (neu mae ei ddisg wedi'i thynnu). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <source>CompactDesk cannot write in {folder}{reason}. The folder may be read-only: choose another folder, such as Documents.</source>
            <translation type="vanished">Ni all CompactDesk ysgrifennu yn y ffolder {folder}{reason}. Efallai mai darllen yn unig yw'r ffolder: dewiswch ffolder arall, fel Dogfennau.</translation>
        </message>
        <message>
            <source> and </source>
            <translation type="vanished"> a </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="64" />
            <source>Import from a spreadsheet</source>
            <translation>Mewnforio o daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="84" />
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="104" />
            <source>&lt;p&gt;&lt;b&gt;Bring people, organisations, seats, action-plan targets or feedback owed in from a spreadsheet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. CompactDesk shows how it reads each column and the rows as they will be imported, and asks about any organisation it is not sure of. Nothing is added until you press Import, and Ctrl+Z takes the whole import back.&lt;/p&gt;&lt;p&gt;No spreadsheet yet? Save a template with the right column headings, fill it in, then choose it here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dewch â phobl, sefydliadau, seddi, targedau'r cynllun gweithredu neu adborth sy'n ddyledus i mewn o daenlen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dewiswch ffeil Excel (.xlsx, .xls), LibreOffice (.ods) neu CSV. Mae CompactDesk yn dangos sut mae'n darllen pob colofn a'r rhesi fel y byddan nhw'n cael eu mewnforio, ac yn gofyn am unrhyw sefydliad nad yw'n siŵr ohono. Ni chaiff dim ei ychwanegu nes i chi bwyso Mewnforio, ac mae Ctrl+Z yn dadwneud y mewnforio cyfan.&lt;/p&gt;&lt;p&gt;Dim taenlen eto? Cadwch dempled â'r penawdau colofn cywir, llenwch ef, yna dewiswch ef yma.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="114" />
            <source>&amp;Choose a file…</source>
            <translation>&amp;Dewis ffeil…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="117" />
            <source>Save a &amp;template</source>
            <translation>Cadw &amp;templed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="140" />
            <source>Choose &amp;another file…</source>
            <translation>Dewis ffeil &amp;arall…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="147" />
            <source>The file &amp;holds:</source>
            <translation>Cynnwys y &amp;ffeil:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="152" />
            <source>&amp;Sheet:</source>
            <translation>Da&amp;len:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="165" />
            <source>How each &amp;column is read (a column “Not imported” is left out; * must be there):</source>
            <translation>Sut y darllenir pob &amp;colofn (gadewir colofn “Heb ei mewnforio” allan; rhaid cael y rhai â *):</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="216" />
            <source>Choose the spreadsheet to import</source>
            <translation>Dewiswch y daenlen i'w mewnforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="231" />
            <source>The file cannot be imported</source>
            <translation>Does dim modd mewnforio'r ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="234" />
            <source>File: {name}</source>
            <translation>Ffeil: {name}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="250" />
            <source>CompactDesk could not tell from the headings what the file holds: choose it here.</source>
            <translation>Nid oedd CompactDesk yn gallu dweud o'r penawdau beth sydd yn y ffeil: dewiswch yma.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/import_dialog.py" line="330" />
            <source>&amp;Import %n row(s)</source>
            <translation>
                <numerusform>&amp;Mewnforio %n rhes</numerusform>
                <numerusform>&amp;Mewnforio %n rhes</numerusform>
                <numerusform>&amp;Mewnforio %n rhes</numerusform>
                <numerusform>&amp;Mewnforio %n rhes</numerusform>
                <numerusform>&amp;Mewnforio %n rhes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="381" />
            <source>Import {n} {kind} from {file}</source>
            <translation>Mewnforio {kind} o'r ffeil {file} ({n} rhes)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_dialog.py" line="387" />
            <source>Nothing was imported</source>
            <translation>Ni fewnforiwyd dim</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="23" />
            <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>Taenlenni a ffeiliau CSV (*.xlsx *.xlsm *.xls *.ods *.csv);;Pob ffeil (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportMenu</name>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="38" />
            <source>Import from a &amp;spreadsheet…</source>
            <translation>Mewnforio o &amp;daenlen…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="40" />
            <source>Bring people, organisations, seats, action-plan targets or feedback owed in from an Excel, LibreOffice or CSV file (Ctrl+I)</source>
            <translation>Dewch â phobl, sefydliadau, seddi, targedau'r cynllun gweithredu neu adborth sy'n ddyledus i mewn o ffeil Excel, LibreOffice neu CSV (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="49" />
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="52" />
            <source>Save a &amp;template</source>
            <translation>Cadw &amp;templed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="92" />
            <source>Save a template for {kind}</source>
            <translation>Cadw templed ar gyfer {kind}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="93" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Llyfr gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="102" />
            <source>The template was not saved</source>
            <translation>Ni chadwyd y templed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="103" />
            <source>{path} could not be written: {reason}. Choose another folder.</source>
            <translation>Nid oedd modd ysgrifennu {path}: {reason}. Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_menu.py" line="106" />
            <source>Template saved as {path}: fill it in, then File ▸ Import ▸ Import from a spreadsheet… brings it in.</source>
            <translation>Cadwyd y templed fel {path}: llenwch ef, yna bydd Ffeil ▸ Mewnforio ▸ Mewnforio o daenlen… yn dod ag ef i mewn.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="35" />
            <source>{new} new, {matched} already held, {refused} refused</source>
            <translation>{new} newydd, {matched} eisoes yn y ffeil, {refused} wedi'u gwrthod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="52" />
            <source>Row</source>
            <translation>Rhes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="55" />
            <source>Will be</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="59" />
            <source>What happens</source>
            <translation>Beth sy'n digwydd</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="179" />
            <source>What was imported</source>
            <translation>Beth a fewnforiwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="188" />
            <source>Imported from {file}: {imported} added, {matched} matched to records already held, {refused} refused. Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
            <translation>Mewnforiwyd o'r ffeil {file}: {imported} wedi'u hychwanegu, {matched} wedi'u paru â chofnodion sydd eisoes yn y ffeil, {refused} wedi'u gwrthod. Mae Golygu ▸ Dadwneud (Ctrl+Z) yn dadwneud y mewnforio cyfan.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="192" />
            <source>Added</source>
            <translation>Ychwanegwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="192" />
            <source>Already held</source>
            <translation>Eisoes yn y ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="195" />
            <source>Row {number}: {what}</source>
            <translation>Rhes {number}: {what}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="199" />
            <source>Refused</source>
            <translation>Gwrthodwyd</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="101" />
            <source>None: a judgement only</source>
            <translation>Dim: barn yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="105" />
            <source>New indicator</source>
            <translation>Dangosydd newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="108" />
            <source>Edit question</source>
            <translation>Golygu'r cwestiwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="119" />
            <source>Add indicator “{question}”</source>
            <translation>Ychwanegu dangosydd “{question}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="121" />
            <source>Edit question “{question}”</source>
            <translation>Golygu cwestiwn “{question}”</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="6" />
            <source>Question of the framework</source>
            <translation>Cwestiwn yn y fframwaith</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="10" />
            <source>&amp;Part of the framework:</source>
            <translation>&amp;Rhan o'r fframwaith:</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="12" />
            <source>&amp;Question:</source>
            <translation>&amp;Cwestiwn:</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="13" />
            <source>Put the indicator as a question the group can answer each year</source>
            <translation>Rhowch y dangosydd ar ffurf cwestiwn y gall y grŵp ei ateb bob blwyddyn</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="14" />
            <source>&amp;Figure beside it:</source>
            <translation>&amp;Ffigur wrth ei ochr:</translation>
        </message>
        <message>
            <location filename="ui/indicator_dialog.ui" line="16" />
            <source>CompactDesk works the figure out from its own records for each year, to set beside your rating.</source>
            <translation>Mae CompactDesk yn cyfrifo'r ffigur o'i gofnodion ei hun ar gyfer pob blwyddyn, i'w osod wrth ochr eich sgôr.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorRatingDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="164" />
            <source>Rate for {year}: {group}</source>
            <translation>Sgôr ar gyfer {year}: {group}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="172" />
            <source>Rate “{question}” for {year}</source>
            <translation>Rhoi sgôr i “{question}” ar gyfer {year}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="41" />
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="191" />
            <source>New indicator…</source>
            <translation>Dangosydd newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="51" />
            <source>Ra&amp;te…</source>
            <translation>Rhoi &amp;sgôr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="51" />
            <source>Rate the question for the year chosen above and give the evidence (Enter or F2)</source>
            <translation>Rhoi sgôr i'r cwestiwn ar gyfer y flwyddyn a ddewiswyd uchod, a rhoi'r dystiolaeth (Enter neu F2)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="53" />
            <source>Edit &amp;question…</source>
            <translation>Golygu'r &amp;cwestiwn…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="53" />
            <source>Change the question's words, its part of the framework or its figure</source>
            <translation>Newid geiriau'r cwestiwn, ei ran o'r fframwaith neu ei ffigur</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="56" />
            <source>&amp;New indicator…</source>
            <translation>Dangosydd &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="56" />
            <source>Add a question of your own (Ctrl+N)</source>
            <translation>Ychwanegu eich cwestiwn eich hun (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="58" />
            <source>De&amp;lete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="58" />
            <source>Remove the question and its ratings (Delete; Ctrl+Z takes it back)</source>
            <translation>Tynnu'r cwestiwn a'i sgorau (Delete; mae Ctrl+Z yn ei adfer)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="61" />
            <source>Move &amp;up</source>
            <translation>Symud i &amp;fyny</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="61" />
            <source>Move the question up within its part</source>
            <translation>Symud y cwestiwn i fyny o fewn ei ran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="63" />
            <source>Move &amp;down</source>
            <translation>Symud i &amp;lawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="63" />
            <source>Move the question down within its part</source>
            <translation>Symud y cwestiwn i lawr o fewn ei ran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="65" />
            <source>Co&amp;py last year's evidence</source>
            <translation>Copïo &amp;tystiolaeth y llynedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="66" />
            <source>Start this year's evidence from last year's, for each question that has none yet</source>
            <translation>Dechrau tystiolaeth eleni o un y llynedd, ar gyfer pob cwestiwn sydd heb dystiolaeth eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="93" />
            <source>{question}

Beside it: {measure}</source>
            <translation>{question}

Wrth ei ochr: {measure}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="97" />
            <source>From CompactDesk's records for {year}: {figure}</source>
            <translation>O gofnodion CompactDesk ar gyfer {year}: {figure}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="104" />
            <source>Part</source>
            <translation>Rhan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="106" />
            <source>Question</source>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="107" />
            <source>From the records</source>
            <translation>O'r cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="108" />
            <source>Rating</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="109" />
            <source>Rated {rating} for {year}</source>
            <translation>Sgôr {rating} ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="111" />
            <source>Not rated for {year}</source>
            <translation>Dim sgôr ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="113" />
            <source>Change</source>
            <translation>Newid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="115" />
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="119" />
            <source>Indicators</source>
            <translation>Dangosyddion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="122" />
            <source>Search the questions, figures and evidence (Ctrl+F)</source>
            <translation>Chwilio'r cwestiynau, y ffigurau a'r dystiolaeth (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="125" />
            <source>&lt;h3&gt;No questions in the framework&lt;/h3&gt;&lt;p&gt;The monitoring framework puts each indicator as a question the group answers every year, with a rating and the evidence. Add your own with Ctrl+N: baseline, inputs, process, outputs or outcomes.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim cwestiynau yn y fframwaith&lt;/h3&gt;&lt;p&gt;Mae'r fframwaith monitro yn gosod pob dangosydd fel cwestiwn y mae'r grŵp yn ei ateb bob blwyddyn, gyda sgôr a'r dystiolaeth. Ychwanegwch eich rhai eich hun gyda Ctrl+N: llinell sylfaen, mewnbynnau, proses, allbynnau neu ganlyniadau.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="131" />
            <source>{rated} of {total} rated for {year}</source>
            <translation>{rated} o {total} wedi cael sgôr ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="132" />
            <source>Showing {shown} of {total}</source>
            <translation>Yn dangos {shown} o {total}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="162" />
            <source>&lt;i&gt;Choose a question to see it in full. Enter rates it for {year}.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Dewiswch gwestiwn i'w weld yn llawn. Mae Enter yn rhoi sgôr iddo ar gyfer {year}.&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="167" />
            <source>From the records for {year}: {figure}</source>
            <translation>O'r cofnodion ar gyfer {year}: {figure}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="169" />
            <source>Rating for {year}: &lt;b&gt;{rating}&lt;/b&gt; ({before})</source>
            <translation>Sgôr ar gyfer {year}: &lt;b&gt;{rating}&lt;/b&gt; ({before})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="175" />
            <source>Evidence: {evidence}</source>
            <translation>Tystiolaeth: {evidence}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="210" />
            <source>Delete question “{question}”</source>
            <translation>Dileu cwestiwn “{question}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="217" />
            <source>Move question “{question}” up</source>
            <translation>Symud cwestiwn “{question}” i fyny</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="218" />
            <source>Move question “{question}” down</source>
            <translation>Symud cwestiwn “{question}” i lawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="225" />
            <source>Copy {last}'s evidence into {year}</source>
            <translation>Copïo tystiolaeth {last} i {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_indicators.py" line="230" />
            <source>Nothing to copy: every question with evidence for {last} already has some for {year}.</source>
            <translation>Dim i'w gopïo: mae gan bob cwestiwn sydd â thystiolaeth ar gyfer {last} rywfaint ar gyfer {year} yn barod.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="compactdesk/gui/language.py" line="106" />
            <source>&amp;Language / Iaith</source>
            <translation>&amp;Iaith / Language</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="compactdesk/gui/pages/people_list.py" line="52" />
            <source>Search {list}</source>
            <translation>Chwilio {list}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_list.py" line="60" />
            <source>Search:</source>
            <translation>Chwilio:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_list.py" line="82" />
            <location filename="compactdesk/gui/pages/standards_codes.py" line="89" />
            <source>Showing {shown} of {total}</source>
            <translation>Yn dangos {shown} o {total}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_list.py" line="101" />
            <location filename="compactdesk/gui/pages/signup_champions.py" line="147" />
            <location filename="compactdesk/gui/pages/signup_register.py" line="193" />
            <source>&lt;h3&gt;Nothing matches “{words}”&lt;/h3&gt;&lt;p&gt;Clear the search (Esc in the box, or its × button) to see them all.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim byd yn cyfateb i “{words}”&lt;/h3&gt;&lt;p&gt;Cliriwch y chwiliad (Esc yn y blwch, neu ei fotwm ×) i'w gweld i gyd.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <location filename="compactdesk/domain/word_lists.py" line="26" />
            <source>{rest} and {last}</source>
            <comment>the last begins with a vowel</comment>
            <translation>{rest} ac {last}</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/word_lists.py" line="27" />
            <source>{rest} and {last}</source>
            <translation>{rest} a {last}</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/word_lists.py" line="35" />
            <source>{rest} or {last}</source>
            <translation>{rest} neu {last}</translation>
        </message>
    </context>
    <context>
        <name>Mail</name>
        <message>
            <location filename="compactdesk/services/drafts.py" line="96" />
            <source>Presenting an item</source>
            <translation>Yn cyflwyno eitem</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="163" />
            <location filename="compactdesk/services/drafts.py" line="165" />
            <source>With best wishes,</source>
            <translation>Gyda dymuniadau gorau,</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="163" />
            <source>The secretary, {group}</source>
            <translation>Yr ysgrifennydd, {group}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="166" />
            <source>Secretary, {group}</source>
            <translation>Ysgrifennydd, {group}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="174" />
            <source>{paper}: {group}, {day}</source>
            <translation>{paper}: {group}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="175" />
            <source>{paper}: {group}, {kind}, {day}</source>
            <translation>{paper}: {group}, {kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="194" />
            <source>Agenda pack</source>
            <translation>Pecyn yr agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="195" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="199" />
            <location filename="compactdesk/services/drafts.py" line="223" />
            <source>Dear members,</source>
            <translation>Annwyl aelodau,</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="200" />
            <source>The agenda pack for the meeting of the {group} is attached: the agenda and its papers in one file.</source>
            <translation>Mae pecyn yr agenda ar gyfer cyfarfod {group} ynghlwm: yr agenda a'i phapurau mewn un ffeil.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="202" />
            <source>The agenda for the meeting of the {group} is attached.</source>
            <translation>Mae'r agenda ar gyfer cyfarfod {group} ynghlwm.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="205" />
            <source>If you cannot come, please send your apologies to {who}.</source>
            <translation>Os na allwch ddod, anfonwch eich ymddiheuriadau at {who}, os gwelwch yn dda.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="218" />
            <source>Minutes</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="219" />
            <source>Draft minutes</source>
            <translation>Cofnodion drafft</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="225" />
            <source>The minutes of the meeting of the {group}, {day}, are attached, as the group approved them.</source>
            <translation>Mae cofnodion cyfarfod {group}, {day}, ynghlwm, fel y cawsant eu cymeradwyo gan y grŵp.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="228" />
            <source>The draft minutes of the meeting of the {group}, {day}, are attached. They are not yet approved: please send any corrections before the next meeting.</source>
            <translation>Mae cofnodion drafft cyfarfod {group}, {day}, ynghlwm. Nid ydynt wedi'u cymeradwyo eto: anfonwch unrhyw gywiriadau cyn y cyfarfod nesaf, os gwelwch yn dda.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="249" />
            <source>[name]</source>
            <translation>[enw]</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="268" />
            <source>What the officers owe changed while the letters were made. Choose Chase letters to the officers again.</source>
            <translation>Newidiodd yr hyn sy'n ddyledus gan y swyddogion tra oedd y llythyrau'n cael eu gwneud. Dewiswch Llythyrau atgoffa at y swyddogion eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="278" />
            <source>Feedback the {group} is waiting for</source>
            <translation>Adborth y mae {group} yn aros amdano</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="281" />
            <source>Dear {name},</source>
            <translation>Annwyl {name},</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="282" />
            <source>A letter from the {group} is attached, listing the feedback the group asked you for and has not had yet. A short reply by email is enough.</source>
            <translation>Mae llythyr gan {group} ynghlwm, yn rhestru'r adborth y gofynnodd y grŵp i chi amdano ac nad yw wedi'i gael eto. Mae ateb byr drwy e-bost yn ddigon.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mail_files.py" line="91" />
            <location filename="compactdesk/services/mail_files.py" line="101" />
            <source>“{address}” has no @, so it is not an email address.</source>
            <translation>Does dim @ yn “{address}”, felly nid cyfeiriad e-bost mohono.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mail_files.py" line="93" />
            <source>“{address}” has letters outside A–Z before the @, which many mail programs cannot send to.</source>
            <translation>Mae gan “{address}” lythrennau y tu hwnt i A–Z cyn yr @, ac ni all llawer o raglenni e-bost anfon ato.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mail_files.py" line="96" />
            <source>“{address}” is not a whole email address: check it on the People page.</source>
            <translation>Nid yw “{address}” yn gyfeiriad e-bost cyflawn: gwiriwch ef ar y dudalen Pobl a seddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mail_files.py" line="236" />
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/drafts.py" line="242" />
            <source>%n item(s) overdue</source>
            <translation>
                <numerusform>%n eitem yn hwyr</numerusform>
                <numerusform>%n eitem yn hwyr</numerusform>
                <numerusform>%n eitem yn hwyr</numerusform>
                <numerusform>%n eitem yn hwyr</numerusform>
                <numerusform>%n eitem yn hwyr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="77" />
            <source>Email the agenda to the members</source>
            <translation>Anfon yr agenda at yr aelodau drwy e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="78" />
            <source>Email the minutes to the members</source>
            <translation>Anfon y cofnodion at yr aelodau drwy e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="79" />
            <source>Email the chase letters to the officers</source>
            <translation>Anfon y llythyrau atgoffa at y swyddogion drwy e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="88" />
            <source>CompactDesk writes the email and opens it in your mail program, where you check it and press Send. Nothing is sent until you do.</source>
            <translation>Mae CompactDesk yn ysgrifennu'r e-bost ac yn ei agor yn eich rhaglen e-bost, lle rydych yn ei wirio ac yn pwyso Anfon. Does dim yn cael ei anfon nes i chi wneud hynny.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="106" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="107" />
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="116" />
            <source>&amp;Language:</source>
            <translation>&amp;Iaith:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="121" />
            <source>&amp;Meeting:</source>
            <translation>&amp;Cyfarfod:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="127" />
            <source>&amp;Format:</source>
            <translation>&amp;Fformat:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="134" />
            <source>Attached:</source>
            <translation>Ynghlwm:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="138" />
            <source>Mar&amp;k the agenda as issued</source>
            <translation>Nodi bod yr a&amp;genda wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="140" />
            <source>Once the draft is written, the meeting moves on to “Agenda issued” and the dashboard stops reminding you to send it</source>
            <translation>Pan fydd y drafft wedi'i ysgrifennu, bydd y cyfarfod yn symud ymlaen i “Agenda wedi'i chyhoeddi” a bydd y dangosfwrdd yn peidio â'ch atgoffa i'w hanfon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="155" />
            <source>&amp;Open in my mail program</source>
            <translation>&amp;Agor yn fy rhaglen e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="186" />
            <source>Who gets it</source>
            <translation>Pwy sy'n ei gael</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="194" />
            <source>Without an email address</source>
            <translation>Heb gyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="196" />
            <source>&amp;Copy this list</source>
            <translation>C&amp;opïo'r rhestr hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="213" />
            <source>Attached</source>
            <translation>Ynghlwm</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="214" />
            <source>In the text of the email</source>
            <translation>Yn nhestun yr e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="217" />
            <source>The lette&amp;r:</source>
            <translation>Y &amp;llythyr:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="219" />
            <source>&amp;Send as:</source>
            <translation>A&amp;nfon fel:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="221" />
            <source>S&amp;ubject:</source>
            <translation>&amp;Pwnc:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="223" />
            <source>The text of the email</source>
            <translation>Testun yr e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="224" />
            <source>&amp;Text:</source>
            <translation>&amp;Testun:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="292" />
            <source>Everyone has a usable email address.</source>
            <translation>Mae gan bawb gyfeiriad e-bost y gellir ei ddefnyddio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="303" />
            <source>No postal address held.</source>
            <translation>Dim cyfeiriad post wedi'i gofnodi.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/mail.py" line="315" />
            <source>Officers with overdue feedback: each ticked gets an email of their own (%n ticked).</source>
            <translation>
                <numerusform>Swyddogion ag adborth yn hwyr: mae pob un a dicir yn cael e-bost ei hun (%n wedi'u ticio).</numerusform>
                <numerusform>Swyddogion ag adborth yn hwyr: mae pob un a dicir yn cael e-bost ei hun (%n wedi'i dicio).</numerusform>
                <numerusform>Swyddogion ag adborth yn hwyr: mae pob un a dicir yn cael e-bost ei hun (%n wedi'u ticio).</numerusform>
                <numerusform>Swyddogion ag adborth yn hwyr: mae pob un a dicir yn cael e-bost ei hun (%n wedi'u ticio).</numerusform>
                <numerusform>Swyddogion ag adborth yn hwyr: mae pob un a dicir yn cael e-bost ei hun (%n wedi'u ticio).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/mail.py" line="319" />
            <source>%n member(s) will get it.</source>
            <translation>
                <numerusform>Bydd %n aelod yn ei gael.</numerusform>
                <numerusform>Bydd %n aelod yn ei gael.</numerusform>
                <numerusform>Bydd %n aelod yn ei gael.</numerusform>
                <numerusform>Bydd %n aelod yn ei gael.</numerusform>
                <numerusform>Bydd %n aelod yn ei gael.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/mail.py" line="320" />
            <source>%n ticked of the {total} with an email address will get it.</source>
            <translation>
                <numerusform>Bydd %n o'r {total} sydd â chyfeiriad e-bost yn ei gael (y rhai a diciwyd).</numerusform>
                <numerusform>Bydd %n o'r {total} sydd â chyfeiriad e-bost yn ei gael (yr un a diciwyd).</numerusform>
                <numerusform>Bydd %n o'r {total} sydd â chyfeiriad e-bost yn ei gael (y rhai a diciwyd).</numerusform>
                <numerusform>Bydd %n o'r {total} sydd â chyfeiriad e-bost yn ei gael (y rhai a diciwyd).</numerusform>
                <numerusform>Bydd %n o'r {total} sydd â chyfeiriad e-bost yn ei gael (y rhai a diciwyd).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="327" />
            <source>In Bcc, hidden from each other; To: {name} &lt;{address}&gt;</source>
            <translation>Yn Bcc, yn gudd rhag ei gilydd; At: {name} &lt;{address}&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="329" />
            <source>In Bcc, hidden from each other; To left empty</source>
            <translation>Yn Bcc, yn gudd rhag ei gilydd; At yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="330" />
            <source>In To: each sees the others' addresses</source>
            <translation>Yn At: mae pawb yn gweld cyfeiriadau'r lleill</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="340" />
            <source>Each officer's letter is the text of their email; the text above is not used.</source>
            <translation>Llythyr pob swyddog yw testun ei e-bost; ni ddefnyddir y testun uchod.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="343" />
            <source>{mark} in the text becomes each officer's name; each gets their own letter attached.</source>
            <translation>Mae {mark} yn y testun yn troi'n enw pob swyddog; mae pob un yn cael ei lythyr ei hun ynghlwm.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="346" />
            <source>Change the words as you like: this is only the draft.</source>
            <translation>Newidiwch y geiriau fel y mynnwch: drafft yn unig yw hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="390" />
            <source>There is no meeting to send papers for. Plan one on the Meetings page first.</source>
            <translation>Does dim cyfarfod i anfon papurau ar ei gyfer. Trefnwch un ar y dudalen Cyfarfodydd yn gyntaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="392" />
            <source>Tick at least one person with an email address; the others are listed for you to post or hand the papers to.</source>
            <translation>Ticiwch o leiaf un person â chyfeiriad e-bost; rhestrir y lleill i chi bostio'r papurau atynt neu eu rhoi yn eu llaw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/mail.py" line="395" />
            <source>Give the email a subject.</source>
            <translation>Rhowch bwnc i'r e-bost.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/mail.py" line="294" />
            <source>No usable email address (%n): post the letter or hand it over.</source>
            <translation>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y llythyr neu rhowch ef yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y llythyr neu rhowch ef yn ei law.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y llythyrau neu rhowch nhw yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y llythyrau neu rhowch nhw yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y llythyrau neu rhowch nhw yn eu llaw.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/mail.py" line="297" />
            <source>No usable email address (%n): post or hand them the papers.</source>
            <translation>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y papurau neu rhowch nhw yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y papurau neu rhowch nhw yn ei law.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y papurau neu rhowch nhw yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y papurau neu rhowch nhw yn eu llaw.</numerusform>
                <numerusform>Dim cyfeiriad e-bost y gellir ei ddefnyddio (%n): postiwch y papurau neu rhowch nhw yn eu llaw.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} in the text becomes each officer's name; each gets their own letter attached.</source>
            <translation type="vanished">Mae {name} yn y testun yn troi'n enw pob swyddog; mae pob un yn cael ei lythyr ei hun ynghlwm.</translation>
        </message>
    </context>
    <context>
        <name>MailMenu</name>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="40" />
            <source>The &amp;agenda to the members…</source>
            <translation>Yr &amp;agenda at yr aelodau…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="42" />
            <source>Make the agenda (the agenda pack when it has papers) and open an email to every member in your mail program</source>
            <translation>Gwneud yr agenda (pecyn yr agenda pan fo papurau) ac agor e-bost at bob aelod yn eich rhaglen e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="44" />
            <source>The &amp;minutes to the members…</source>
            <translation>Y &amp;cofnodion at yr aelodau…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="46" />
            <source>&amp;Chase letters to the officers…</source>
            <translation>&amp;Llythyrau atgoffa at y swyddogion…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="52" />
            <source>&amp;Send by email</source>
            <translation>Anfon drwy e-&amp;bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="87" />
            <location filename="compactdesk/gui/mail_menu.py" line="91" />
            <source>Send by email</source>
            <translation>Anfon drwy e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="92" />
            <source>No officer's feedback is overdue, so there is no chase letter to send.</source>
            <translation>Does dim adborth gan unrhyw swyddog yn hwyr, felly does dim llythyr atgoffa i'w anfon.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="137" />
            <source>The drafts were not written</source>
            <translation>Ni ysgrifennwyd y drafftiau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="140" />
            <source>The draft was not written</source>
            <translation>Ni ysgrifennwyd y drafft</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="141" />
            <source>CompactDesk could not write the draft in {folder} ({reason}). Check that the disk has space, then try again.</source>
            <translation>Ni allai CompactDesk ysgrifennu'r drafft yn {folder} ({reason}). Gwiriwch fod lle ar y ddisg, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="170" />
            <source>Drafts written</source>
            <translation>Drafftiau wedi'u hysgrifennu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="183" />
            <source>Open the draft in your mail program</source>
            <translation>Agorwch y drafft yn eich rhaglen e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="184" />
            <source>No mail program opened the draft. It is saved as {path}: open it from your mail program (File ▸ Open), or double-click it in its folder.</source>
            <translation>Ni agorodd unrhyw raglen e-bost y drafft. Mae wedi'i gadw fel {path}: agorwch ef o'ch rhaglen e-bost (Ffeil ▸ Agor), neu cliciwch ddwywaith arno yn ei ffolder.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/mail_menu.py" line="188" />
            <source>&amp;Open folder</source>
            <translation>&amp;Agor y ffolder</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/mail_menu.py" line="170" />
            <source>%n drafts were written to {folder}, one for each officer: too many to open at once. Its folder is open: double-click each to open it in your mail program.</source>
            <translation>
                <numerusform>Ysgrifennwyd %n drafft i {folder}, un i bob swyddog: gormod i'w hagor i gyd ar unwaith. Mae'r ffolder ar agor: cliciwch ddwywaith ar bob un i'w agor yn eich rhaglen e-bost.</numerusform>
                <numerusform>Ysgrifennwyd %n drafft i {folder}, un i bob swyddog: gormod i'w hagor i gyd ar unwaith. Mae'r ffolder ar agor: cliciwch ddwywaith ar bob un i'w agor yn eich rhaglen e-bost.</numerusform>
                <numerusform>Ysgrifennwyd %n drafft i {folder}, un i bob swyddog: gormod i'w hagor i gyd ar unwaith. Mae'r ffolder ar agor: cliciwch ddwywaith ar bob un i'w agor yn eich rhaglen e-bost.</numerusform>
                <numerusform>Ysgrifennwyd %n drafft i {folder}, un i bob swyddog: gormod i'w hagor i gyd ar unwaith. Mae'r ffolder ar agor: cliciwch ddwywaith ar bob un i'w agor yn eich rhaglen e-bost.</numerusform>
                <numerusform>Ysgrifennwyd %n drafft i {folder}, un i bob swyddog: gormod i'w hagor i gyd ar unwaith. Mae'r ffolder ar agor: cliciwch ddwywaith ar bob un i'w agor yn eich rhaglen e-bost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/mail_menu.py" line="179" />
            <source>%n draft(s) opened in your mail program: check, then press Send. A copy is in {folder}.</source>
            <translation>
                <numerusform>Agorwyd %n drafft yn eich rhaglen e-bost: gwiriwch, yna pwyswch Anfon. Mae copi yn {folder}.</numerusform>
                <numerusform>Agorwyd %n drafft yn eich rhaglen e-bost: gwiriwch ef, yna pwyswch Anfon. Mae copi yn {folder}.</numerusform>
                <numerusform>Agorwyd %n drafft yn eich rhaglen e-bost: gwiriwch nhw, yna pwyswch Anfon. Mae copïau yn {folder}.</numerusform>
                <numerusform>Agorwyd %n drafft yn eich rhaglen e-bost: gwiriwch nhw, yna pwyswch Anfon. Mae copïau yn {folder}.</numerusform>
                <numerusform>Agorwyd %n drafft yn eich rhaglen e-bost: gwiriwch nhw, yna pwyswch Anfon. Mae copïau yn {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>What the officers owe changed while the letters were made. Choose Chase letters to the officers again.</source>
            <translation type="vanished">Newidiodd yr hyn sy'n ddyledus gan y swyddogion tra oedd y llythyrau'n cael eu gwneud. Dewiswch Llythyrau atgoffa at y swyddogion eto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="33" />
            <source>&amp;Export a paper…</source>
            <translation>A&amp;llforio papur…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="35" />
            <source>Export…</source>
            <translation>Allforio…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="36" />
            <source>Make an agenda, minutes, the action plan, the feedback log or chase letters as a PDF or Word file (Ctrl+E)</source>
            <translation>Gwneud agenda, cofnodion, y cynllun gweithredu, y cofnod adborth neu lythyrau atgoffa fel ffeil PDF neu Word (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="38" />
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="41" />
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="45" />
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="49" />
            <location filename="compactdesk/gui/main_window.py" line="286" />
            <source>&amp;New…</source>
            <translation>&amp;Newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="51" />
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="54" />
            <source>&amp;Delete</source>
            <translation>D&amp;ileu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="57" />
            <source>&amp;Find…</source>
            <translation>&amp;Canfod…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="60" />
            <source>&amp;Refresh</source>
            <translation>&amp;Adnewyddu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="63" />
            <source>&amp;Larger text</source>
            <translation>Testun &amp;mwy</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="67" />
            <source>&amp;Smaller text</source>
            <translation>Testun &amp;llai</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="70" />
            <source>&amp;Normal size</source>
            <translation>Maint &amp;arferol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="81" />
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="98" />
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="105" />
            <source>&amp;View</source>
            <translation>G&amp;weld</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="108" />
            <source>&amp;Text size</source>
            <translation>&amp;Maint y testun</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/chrome.py" line="118" />
            <source>Main</source>
            <translation>Prif far offer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="116" />
            <source>Demo group: a copy made for you to try things; your own group's file is not touched.</source>
            <translation>Grŵp enghreifftiol: copi a wnaed i chi roi cynnig ar bethau; does dim newid i ffeil eich grŵp eich hun.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="117" />
            <source>Every change is saved as you make it; Ctrl+Z takes the last one back.</source>
            <translation>Mae pob newid yn cael ei gadw wrth i chi ei wneud; mae Ctrl+Z yn dadwneud yr un olaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="124" />
            <location filename="compactdesk/gui/retranslate.py" line="39" />
            <source>Areas</source>
            <translation>Rhannau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="281" />
            <source>Text size: {percent}%</source>
            <translation>Maint y testun: {percent}%</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="309" />
            <source>Demo group: {name} — CompactDesk</source>
            <translation>Grŵp enghreifftiol: {name} — CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="310" />
            <source>Demo group — CompactDesk</source>
            <translation>Grŵp enghreifftiol — CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="312" />
            <source>{name} — CompactDesk</source>
            <translation>{name} — CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/main_window.py" line="312" />
            <source>CompactDesk</source>
            <translation>CompactDesk</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="46" />
            <source>New meeting</source>
            <translation>Cyfarfod newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="53" />
            <source>Edit meeting</source>
            <translation>Golygu cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="82" />
            <source>Add {kind}, {day}</source>
            <translation>Ychwanegu {kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/meeting.py" line="84" />
            <source>Edit {kind}, {day}</source>
            <translation>Golygu {kind}, {day}</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="6" />
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="10" />
            <source>&amp;Kind of meeting:</source>
            <translation>&amp;Math o gyfarfod:</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="12" />
            <source>&amp;Date and time:</source>
            <translation>&amp;Dyddiad ac amser:</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="16" />
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="16" />
            <source>Start time</source>
            <translation>Amser dechrau</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="19" />
            <source>&amp;Venue:</source>
            <translation>&amp;Lleoliad:</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="20" />
            <source>Where it is held, or "Online (video call)"</source>
            <translation>Ble mae'n cael ei gynnal, neu "Ar-lein (galwad fideo)"</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="21" />
            <source>&amp;Apologies to:</source>
            <translation>&amp;Ymddiheuriadau i:</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="22" />
            <source>Who takes apologies: name, email or phone</source>
            <translation>Pwy sy'n cael ymddiheuriadau: enw, e-bost neu ffôn</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="23" />
            <source>Start the agenda with the &amp;standing items</source>
            <translation>Dechrau'r agenda gyda'r eitemau &amp;sefydlog</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="24" />
            <source>&amp;Notes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
        <message>
            <location filename="ui/meeting_dialog.ui" line="25" />
            <source>Parking, access, refreshments…</source>
            <translation>Parcio, mynediad, lluniaeth…</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="44" />
            <source>The first meeting</source>
            <translation>Y cyfarfod cyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="45" />
            <source>When and where the group meets first. Its agenda can be made as soon as you finish.</source>
            <translation>Pryd a ble y bydd y grŵp yn cwrdd gyntaf. Gellir gwneud ei agenda cyn gynted ag y byddwch yn gorffen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="46" />
            <source>&amp;Plan the first meeting now</source>
            <translation>&amp;Trefnu'r cyfarfod cyntaf nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="55" />
            <source>for example, Community Hall, Llandrindod Wells</source>
            <translation>er enghraifft, Neuadd Gymunedol, Llandrindod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="56" />
            <source>Add the &amp;standing items to its agenda:</source>
            <translation>Ychwanegu'r eitemau &amp;sefydlog at ei agenda:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="62" />
            <source>&amp;Date:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="63" />
            <source>&amp;Time:</source>
            <translation>&amp;Amser:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="64" />
            <source>&amp;Venue:</source>
            <translation>&amp;Lleoliad:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="82" />
            <source>Give the meeting's date.</source>
            <translation>Rhowch ddyddiad y cyfarfod.</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="93" />
            <source>E&amp;xport</source>
            <translation>All&amp;forio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="95" />
            <source>Make this meeting's agenda, agenda pack or minutes as a file (Ctrl+E)</source>
            <translation>Gwneud agenda, pecyn yr agenda neu gofnodion y cyfarfod hwn fel ffeil (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="98" />
            <source>&amp;Agenda…</source>
            <translation>&amp;Agenda…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="98" />
            <source>Agenda &amp;pack…</source>
            <translation>&amp;Pecyn yr agenda…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="99" />
            <source>&amp;Minutes…</source>
            <translation>&amp;Cofnodion…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="102" />
            <source>Add to ca&amp;lendar</source>
            <translation>Yc&amp;hwanegu at y calendr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="104" />
            <source>Open this meeting in your calendar program (Outlook, Thunderbird, Google Calendar…), with its time, venue and agenda</source>
            <translation>Agor y cyfarfod hwn yn eich rhaglen galendr (Outlook, Thunderbird, Google Calendar…), gyda'i amser, ei leoliad a'i agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="135" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="136" />
            <source>A&amp;ttendance</source>
            <translation>&amp;Presenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="137" />
            <source>&amp;Minutes</source>
            <translation>&amp;Cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="138" />
            <source>Matters a&amp;rising</source>
            <translation>&amp;Materion sy'n codi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="170" />
            <source>Choose a meeting above to see its agenda, attendance and minutes.</source>
            <translation>Dewiswch gyfarfod uchod i weld ei agenda, y presenoldeb a'r cofnodion.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="177" />
            <source>No venue set yet</source>
            <translation>Dim lleoliad eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="179" />
            <source>Apologies to {who}</source>
            <translation>Ymddiheuriadau i {who}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="214" />
            <source>&amp;Issue the agenda…</source>
            <translation>C&amp;yhoeddi'r agenda…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="215" />
            <source>Mar&amp;k as held</source>
            <translation>Wedi'i &amp;gynnal</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="216" />
            <source>Minutes &amp;drafted</source>
            <translation>Cofnodion wedi'u &amp;drafftio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="217" />
            <source>A&amp;pprove minutes</source>
            <translation>C&amp;ymeradwyo cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="226" />
            <source>Status: </source>
            <translation>Statws: </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="227" />
            <source>Status: {status}</source>
            <translation>Statws: {status}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="234" />
            <source>Move the meeting on to “{status}”</source>
            <translation>Symud y cyfarfod ymlaen i “{status}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="236" />
            <source>&amp;Back to “{status}”</source>
            <translation>Yn ô&amp;l i “{status}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="237" />
            <source>Take the meeting back one step</source>
            <translation>Symud y cyfarfod un cam yn ôl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="249" />
            <source>Set the {meeting} to “{status}”</source>
            <translation>Symud {meeting} i “{status}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="268" />
            <source>Minutes approved</source>
            <translation>Cofnodion wedi'u cymeradwyo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_view.py" line="269" />
            <source>The minutes are approved. Make them now and write the email that sends them to the members?</source>
            <translation>Mae'r cofnodion wedi'u cymeradwyo. Eu gwneud nawr ac ysgrifennu'r e-bost sy'n eu hanfon at yr aelodau?</translation>
        </message>
        <message>
            <source>&amp;Issue the agenda</source>
            <translation type="vanished">C&amp;yhoeddi'r agenda</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="88" />
            <source>{m} min</source>
            <translation>{m} mun</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="90" />
            <source>{h} h</source>
            <translation>{h} awr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_agenda.py" line="91" />
            <source>{h} h {m} min</source>
            <translation>{h} awr {m} mun</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="69" />
            <source>{n} bytes</source>
            <translation>{n} beit</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="71" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="72" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="compactdesk/services/drafts.py" line="80" />
            <location filename="compactdesk/services/drafts.py" line="111" />
            <location filename="compactdesk/services/drafts.py" line="191" />
            <location filename="compactdesk/services/drafts.py" line="214" />
            <location filename="compactdesk/services/issuing.py" line="39" />
            <location filename="compactdesk/services/issuing.py" line="48" />
            <location filename="compactdesk/services/meeting_records.py" line="89" />
            <location filename="compactdesk/services/meeting_rows.py" line="46" />
            <location filename="compactdesk/services/meeting_rows.py" line="79" />
            <location filename="compactdesk/services/meeting_rows.py" line="127" />
            <location filename="compactdesk/services/meetings.py" line="99" />
            <location filename="compactdesk/services/meetings.py" line="110" />
            <location filename="compactdesk/services/meetings.py" line="122" />
            <location filename="compactdesk/services/meetings.py" line="169" />
            <location filename="compactdesk/services/meetings.py" line="255" />
            <location filename="compactdesk/services/meetings.py" line="312" />
            <source>meeting</source>
            <translation>cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meeting_records.py" line="81" />
            <location filename="compactdesk/services/meetings.py" line="189" />
            <location filename="compactdesk/services/meetings.py" line="198" />
            <location filename="compactdesk/services/meetings.py" line="206" />
            <location filename="compactdesk/services/meetings.py" line="216" />
            <location filename="compactdesk/services/meetings.py" line="232" />
            <source>agenda item</source>
            <translation>eitem agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="73" />
            <source>'{value}' is not a date and time CompactDesk can read. Write it as year-month-day hour:minute, for example 2026-03-03 10:00.</source>
            <translation>Nid yw '{value}' yn ddyddiad ac amser y gall CompactDesk eu darllen. Ysgrifennwch ef fel blwyddyn-mis-diwrnod awr:munud, er enghraifft 2026-03-03 10:00.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="81" />
            <location filename="compactdesk/services/meetings.py" line="100" />
            <source>kind of meeting</source>
            <translation>math o gyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="83" />
            <location filename="compactdesk/services/meetings.py" line="102" />
            <source>the venue</source>
            <translation>y lleoliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="84" />
            <location filename="compactdesk/services/meetings.py" line="103" />
            <source>who takes apologies</source>
            <translation>pwy sy'n cael ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="86" />
            <location filename="compactdesk/services/meetings.py" line="104" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="111" />
            <source>meeting status</source>
            <translation>statws y cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="113" />
            <source>A meeting moves one step at a time: it is '{now}', so it can go to '{next}' next.</source>
            <translation>Mae cyfarfod yn symud un cam ar y tro: mae'n '{now}', felly gall fynd i '{next}' nesaf.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="124" />
            <source>This meeting's minutes are approved; it is part of the record and cannot be removed.</source>
            <translation>Mae cofnodion y cyfarfod hwn wedi'u cymeradwyo; mae'n rhan o'r cofnod ac ni ellir ei dynnu.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="152" />
            <source>the item's title</source>
            <translation>teitl yr eitem</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="154" />
            <source>the item's title in Welsh</source>
            <translation>teitl yr eitem yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="155" />
            <source>the presenter</source>
            <translation>y cyflwynydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="156" />
            <source>presenter</source>
            <translation>cyflwynydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="159" />
            <source>the time allowed in minutes</source>
            <translation>yr amser a ganiateir mewn munudau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="160" />
            <source>the description</source>
            <translation>y disgrifiad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="217" />
            <source>the minutes</source>
            <translation>y cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="218" />
            <source>the decisions</source>
            <translation>y penderfyniadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="225" />
            <source>{name} is {size} MB; a paper can be at most 50 MB. Make a smaller PDF, or share it another way.</source>
            <translation>Mae {name} yn {size} MB; gall papur fod yn 50 MB ar y mwyaf. Gwnewch PDF llai, neu rhannwch ef mewn ffordd arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="233" />
            <source>the paper's file name</source>
            <translation>enw ffeil y papur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="236" />
            <source>the paper's file type</source>
            <translation>math ffeil y papur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="246" />
            <location filename="compactdesk/services/meetings.py" line="250" />
            <source>paper</source>
            <translation>papur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="256" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="257" />
            <source>attendance</source>
            <translation>presenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="258" />
            <source>member</source>
            <translation>aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="261" />
            <source>Say which member {name} is standing in for.</source>
            <translation>Dywedwch dros ba aelod y mae {name} yn dirprwyo.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/meetings.py" line="264" />
            <source>Someone cannot stand in for themselves.</source>
            <translation>Ni all neb ddirprwyo ar ei ran ei hun.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/meetings.py" line="291" />
            <source>%n present</source>
            <translation>
                <numerusform>%n yn bresennol</numerusform>
                <numerusform>%n yn bresennol</numerusform>
                <numerusform>%n yn bresennol</numerusform>
                <numerusform>%n yn bresennol</numerusform>
                <numerusform>%n yn bresennol</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/meetings.py" line="292" />
            <source>%n sent apologies</source>
            <translation>
                <numerusform>%n wedi anfon ymddiheuriadau</numerusform>
                <numerusform>%n wedi anfon ymddiheuriadau</numerusform>
                <numerusform>%n wedi anfon ymddiheuriadau</numerusform>
                <numerusform>%n wedi anfon ymddiheuriadau</numerusform>
                <numerusform>%n wedi anfon ymddiheuriadau</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/meetings.py" line="293" />
            <source>%n absent</source>
            <translation>
                <numerusform>%n yn absennol</numerusform>
                <numerusform>%n yn absennol</numerusform>
                <numerusform>%n yn absennol</numerusform>
                <numerusform>%n yn absennol</numerusform>
                <numerusform>%n yn absennol</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/meetings.py" line="296" />
            <source>%n substitute(s)</source>
            <translation>
                <numerusform>%n dirprwy</numerusform>
                <numerusform>%n dirprwy</numerusform>
                <numerusform>%n dirprwy</numerusform>
                <numerusform>%n dirprwy</numerusform>
                <numerusform>%n dirprwy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/meetings.py" line="300" />
            <source>; %n not recorded yet</source>
            <translation>
                <numerusform>; %n heb ei gofnodi eto</numerusform>
                <numerusform>; %n heb ei gofnodi eto</numerusform>
                <numerusform>; %n heb ei gofnodi eto</numerusform>
                <numerusform>; %n heb ei gofnodi eto</numerusform>
                <numerusform>; %n heb ei gofnodi eto</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="52" />
            <location filename="compactdesk/gui/pages/meetings.py" line="57" />
            <location filename="compactdesk/gui/pages/meetings.py" line="88" />
            <location filename="compactdesk/gui/pages/meetings.py" line="120" />
            <source>Meetings</source>
            <translation>Cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="62" />
            <location filename="compactdesk/gui/pages/meetings.py" line="124" />
            <source>Upcoming</source>
            <translation>I ddod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="62" />
            <location filename="compactdesk/gui/pages/meetings.py" line="124" />
            <source>Past</source>
            <translation>Blaenorol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="66" />
            <source>New meeting…</source>
            <translation>Cyfarfod newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="69" />
            <source>Upcoming and past</source>
            <translation>I ddod a blaenorol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="69" />
            <source>Upcoming only</source>
            <translation>I ddod yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="70" />
            <source>Past only</source>
            <translation>Blaenorol yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="76" />
            <source>&amp;Listing:</source>
            <translation>&amp;Dangos:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="80" />
            <source>Search kind, venue or status (Ctrl+F)</source>
            <translation>Chwilio math, lleoliad neu statws (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="81" />
            <source>Search meetings</source>
            <translation>Chwilio cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="124" />
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="126" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="129" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="130" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="131" />
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/meetings.py" line="176" />
            <source>{shown} of %n meeting(s) · {upcoming} upcoming</source>
            <translation>
                <numerusform>{shown} o %n cyfarfod · {upcoming} i ddod</numerusform>
                <numerusform>{shown} o %n cyfarfod · {upcoming} i ddod</numerusform>
                <numerusform>{shown} o %n cyfarfod · {upcoming} i ddod</numerusform>
                <numerusform>{shown} o %n cyfarfod · {upcoming} i ddod</numerusform>
                <numerusform>{shown} o %n cyfarfod · {upcoming} i ddod</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="180" />
            <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Add the next meeting with Ctrl+N: its agenda starts with the standing items, and attendance is filled from the seats.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim cyfarfodydd eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch y cyfarfod nesaf gyda Ctrl+N: mae ei agenda yn dechrau gyda'r eitemau sefydlog, a chaiff y presenoldeb ei lenwi o'r seddi.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="182" />
            <source>&lt;h3&gt;No meeting matches&lt;/h3&gt;&lt;p&gt;Clear the search, or set Listing to “Upcoming and past”.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim cyfarfod yn cyfateb&lt;/h3&gt;&lt;p&gt;Cliriwch y chwiliad, neu gosodwch Dangos i “I ddod a blaenorol”.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="213" />
            <source>Once there is a meeting, its agenda, attendance and minutes are here.</source>
            <translation>Pan fydd cyfarfod, bydd ei agenda, y presenoldeb a'r cofnodion yma.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="222" />
            <source>New &amp;meeting…</source>
            <translation>Cyfarfod &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meetings.py" line="310" />
            <source>Delete the {kind}, {day}</source>
            <translation>Dileu {kind}, {day}</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="compactdesk/services/members.py" line="32" />
            <source>the organisation's name</source>
            <translation>enw'r sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="39" />
            <source>There is already an organisation called {name}. Use that one, or tell them apart in the name.</source>
            <translation>Mae sefydliad o'r enw {name} eisoes. Defnyddiwch hwnnw, neu gwahaniaethwch rhyngddynt yn yr enw.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="46" />
            <source>tag</source>
            <translation>tag</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="54" />
            <location filename="compactdesk/services/members.py" line="66" />
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="55" />
            <location filename="compactdesk/services/members.py" line="67" />
            <location filename="compactdesk/services/members.py" line="111" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="64" />
            <location filename="compactdesk/services/members.py" line="78" />
            <location filename="compactdesk/services/members.py" line="104" />
            <location filename="compactdesk/services/members.py" line="191" />
            <source>organisation</source>
            <translation>sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="81" />
            <source>{name} is still named on people, seats or targets. Change those first, then remove it.</source>
            <translation>Mae {name} yn dal i gael ei enwi ar bobl, seddi neu dargedau. Newidiwch y rheini yn gyntaf, yna tynnwch ef.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="87" />
            <source>{name} is on the sign-up register or named on consultations, funding notices or disputes, which are the compact's record and are kept. Rename the organisation instead, if it has changed.</source>
            <translation>Mae {name} ar y gofrestr ymrwymo neu wedi'i enwi ar ymgynghoriadau, rhybuddion am newid cyllid neu anghydfodau, sef cofnod y compact, a gaiff eu cadw. Ailenwch y sefydliad yn lle hynny, os yw wedi newid.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="102" />
            <source>the person's name</source>
            <translation>enw'r person</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="103" />
            <source>the role</source>
            <translation>y rôl</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="106" />
            <source>the department</source>
            <translation>yr adran</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="107" />
            <source>the email address</source>
            <translation>y cyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="108" />
            <source>the phone number</source>
            <translation>y rhif ffôn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="109" />
            <source>the address</source>
            <translation>y cyfeiriad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="129" />
            <location filename="compactdesk/services/members.py" line="138" />
            <location filename="compactdesk/services/members.py" line="233" />
            <location filename="compactdesk/services/mentions.py" line="305" />
            <location filename="compactdesk/services/personal.py" line="56" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="compactdesk/services/members.py" line="142" />
            <source>{name} appears in the group's records (seats, attendance, agendas, feedback or targets), so removing them would leave gaps in the history.</source>
            <translation>Mae {name} yn ymddangos yng nghofnodion y grŵp (seddi, presenoldeb, agendâu, adborth neu dargedau), felly byddai eu tynnu yn gadael bylchau yn yr hanes.</translation>
        </message>
    </context>
    <context>
        <name>Mentions</name>
        <message>
            <location filename="compactdesk/services/mentions.py" line="80" />
            <source>full name</source>
            <translation>enw llawn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="81" />
            <source>title and surname</source>
            <translation>teitl a chyfenw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="82" />
            <source>surname</source>
            <translation>cyfenw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="83" />
            <source>first name</source>
            <translation>enw cyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="195" />
            <source>{kind} {day}</source>
            <translation>{kind} {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="207" />
            <source>{meeting}, item {number}: {title}</source>
            <translation>{meeting}, eitem {number}: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="214" />
            <source>Target “{title}”, progress of {day}</source>
            <translation>Targed “{title}”, cynnydd {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="218" />
            <source>Dispute “{title}”, step of {day}</source>
            <translation>Anghydfod “{title}”, cam {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="222" />
            <source>Code of practice “{name}”, review of {day}</source>
            <translation>Cod ymarfer “{name}”, adolygiad {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="226" />
            <source>Department “{name}” of {organisation}</source>
            <translation>Adran “{name}”, {organisation}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="230" />
            <source>Funding notice of {day} to {organisation}</source>
            <translation>Rhybudd am newid cyllid, {day}, i {organisation}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="234" />
            <source>Sign-up of {organisation} on {day}</source>
            <translation>Ymrwymiad {organisation}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="237" />
            <source>The compact's status of {day}</source>
            <translation>Statws y compact, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="241" />
            <source>Monitoring {year}: “{question}”</source>
            <translation>Monitro {year}: “{question}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="245" />
            <source>Health-check {year}: {area}</source>
            <translation>Gwiriad iechyd {year}: {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="247" />
            <source>Relationship rating of {day}</source>
            <translation>Sgôr y berthynas, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="250" />
            <source>Target “{title}”</source>
            <translation>Targed “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="251" />
            <source>Feedback owed: “{title}”</source>
            <translation>Adborth sy'n ddyledus: “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="252" />
            <source>Person “{title}”</source>
            <translation>Person “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="253" />
            <source>Organisation “{title}”</source>
            <translation>Sefydliad “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="254" />
            <source>Seat “{title}”</source>
            <translation>Sedd “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="255" />
            <source>Consultation “{title}”</source>
            <translation>Ymgynghoriad “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="256" />
            <source>Dispute “{title}”</source>
            <translation>Anghydfod “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="257" />
            <source>Dispute stage “{title}”</source>
            <translation>Cam anghydfod “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="258" />
            <source>Code of practice “{title}”</source>
            <translation>Cod ymarfer “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="259" />
            <source>Monitoring question “{title}”</source>
            <translation>Cwestiwn monitro “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="265" />
            <source>The compact</source>
            <translation>Y compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="267" />
            <source>Annual review {year}</source>
            <translation>Adolygiad blynyddol {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="268" />
            <source>{table} record {number}</source>
            <translation>{table}, cofnod {number}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="273" />
            <source>minutes</source>
            <translation>cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="273" />
            <source>decisions</source>
            <translation>penderfyniadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="274" />
            <source>description</source>
            <translation>disgrifiad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="274" />
            <source>title</source>
            <translation>teitl</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="275" />
            <source>presenter</source>
            <translation>cyflwynydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="275" />
            <source>notes</source>
            <translation>nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="276" />
            <source>note</source>
            <translation>nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="276" />
            <source>name</source>
            <translation>enw</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="277" />
            <source>summary</source>
            <translation>crynodeb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="277" />
            <source>outcome</source>
            <translation>canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="278" />
            <source>evidence</source>
            <translation>tystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="278" />
            <source>issue</source>
            <translation>mater</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="279" />
            <source>detail</source>
            <translation>manylion</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="279" />
            <source>answer</source>
            <translation>ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="280" />
            <source>measure</source>
            <translation>mesur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="280" />
            <source>why dropped</source>
            <translation>pam y'i gollyngwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="281" />
            <source>venue</source>
            <translation>lleoliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="281" />
            <source>apologies to</source>
            <translation>ymddiheuriadau i</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="282" />
            <source>file name</source>
            <translation>enw ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="282" />
            <source>priorities</source>
            <translation>blaenoriaethau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/mentions.py" line="323" />
            <source>{record} ({field})</source>
            <translation>{record} ({field})</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="53" />
            <source>Agenda items to minute</source>
            <translation>Eitemau agenda i'w cofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="68" />
            <source>What was reported and discussed under this item</source>
            <translation>Beth a adroddwyd ac a drafodwyd o dan yr eitem hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="72" />
            <source>What the group agreed or decided, if anything</source>
            <translation>Beth a gytunodd neu a benderfynodd y grŵp, os unrhyw beth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="73" />
            <source>Minute&amp;s:</source>
            <translation>Cofn&amp;odion:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="75" />
            <source>Decisio&amp;ns:</source>
            <translation>Pe&amp;nderfyniadau:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="80" />
            <source>Save minutes</source>
            <translation>Cadw'r cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="81" />
            <source>Save this item's minutes (Ctrl+S); they are also saved when you move to another item</source>
            <translation>Cadw cofnodion yr eitem hon (Ctrl+S); cânt eu cadw hefyd pan fyddwch yn symud i eitem arall</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="89" />
            <source>Record an a&amp;ction…</source>
            <translation>Cofnodi cam gwei&amp;thredu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="90" />
            <source>Add a target to the action plan, raised under this item</source>
            <translation>Ychwanegu targed at y cynllun gweithredu, wedi'i godi o dan yr eitem hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="92" />
            <source>Record feedback &amp;owed…</source>
            <translation>Cofnodi adborth sy'n ddyl&amp;edus…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="93" />
            <source>Note an answer an officer owes the group, raised under this item</source>
            <translation>Nodi ateb sy'n ddyledus i'r grŵp gan swyddog, wedi'i godi o dan yr eitem hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="102" />
            <source>Recorded from this item</source>
            <translation>Wedi'u cofnodi o'r eitem hon</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="111" />
            <source>Recorded from this item:</source>
            <translation>Wedi'u cofnodi o'r eitem hon:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="146" />
            <source>No.</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="148" />
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="149" />
            <source>Minuted</source>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="149" />
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="149" />
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="176" />
            <source>&lt;h3&gt;Nothing to minute yet&lt;/h3&gt;&lt;p&gt;Minutes are written item by item: add the items on the Agenda tab first.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim i'w gofnodi eto&lt;/h3&gt;&lt;p&gt;Caiff cofnodion eu hysgrifennu fesul eitem: ychwanegwch yr eitemau ar y tab Agenda yn gyntaf.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="195" />
            <source>Item {number}: {title}</source>
            <translation>Eitem {number}: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="196" />
            <source>No item chosen</source>
            <translation>Dim eitem wedi'i dewis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="200" />
            <source>Choose an item.</source>
            <translation>Dewiswch eitem.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="204" />
            <source>Nothing recorded from this item yet. Use “Record an action…” or “Record feedback owed…”.</source>
            <translation>Does dim wedi'i gofnodi o'r eitem hon eto. Defnyddiwch “Cofnodi cam gweithredu…” neu “Cofnodi adborth sy'n ddyledus…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="235" />
            <source>Not saved yet</source>
            <translation>Heb ei gadw eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="255" />
            <source>Write the minutes of “{title}”</source>
            <translation>Ysgrifennu cofnodion “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_minutes.py" line="260" />
            <source>The minutes were not saved</source>
            <translation>Ni chafodd y cofnodion eu cadw</translation>
        </message>
    </context>
    <context>
        <name>Monitoring</name>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="23" />
            <source>{rating} of 5</source>
            <translation>{rating} o 5</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="28" />
            <source>1 — poor</source>
            <translation>1 — gwael</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="29" />
            <source>2 — weak</source>
            <translation>2 — gwan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="30" />
            <source>3 — fair</source>
            <translation>3 — gweddol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="31" />
            <source>4 — good</source>
            <translation>4 — da</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="32" />
            <source>5 — strong</source>
            <translation>5 — cryf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="40" />
            <source>same</source>
            <translation>yr un fath</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="42" />
            <source>up {n}</source>
            <translation>i fyny {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="43" />
            <source>down {n}</source>
            <translation>i lawr {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="49" />
            <source>Not rated in {year}</source>
            <translation>Dim sgôr yn {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="51" />
            <source>Rated {rating} in {year}; not yet this year</source>
            <translation>Sgôr {rating} yn {year}; dim sgôr eto eleni</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="53" />
            <source>{now} in {year}, {then} in {last}</source>
            <translation>{now} yn {year}, {then} yn {last}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="60" />
            <source>not rated in {year}</source>
            <translation>dim sgôr yn {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="61" />
            <source>{rating} in {year}</source>
            <translation>{rating} yn {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="143" />
            <source>Not rated</source>
            <translation>Dim sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="34" />
            <source>the year</source>
            <translation>y flwyddyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="41" />
            <source>Please choose a rating from 1 (poor) to 5 (strong).</source>
            <translation>Dewiswch sgôr o 1 (gwael) i 5 (cryf).</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="44" />
            <source>The rating must be a whole number from 1 to 5.</source>
            <translation>Rhaid i'r sgôr fod yn rhif cyfan o 1 i 5.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="45" />
            <source>the rating</source>
            <translation>y sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="49" />
            <source>the evidence</source>
            <translation>y dystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="94" />
            <location filename="compactdesk/services/monitoring.py" line="123" />
            <location filename="compactdesk/services/monitoring.py" line="138" />
            <location filename="compactdesk/services/monitoring.py" line="155" />
            <location filename="compactdesk/services/monitoring.py" line="166" />
            <source>question</source>
            <translation>cwestiwn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="100" />
            <source>part of the framework</source>
            <translation>rhan o'r fframwaith</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="101" />
            <source>the question</source>
            <translation>y cwestiwn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="102" />
            <source>figure</source>
            <translation>ffigur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="140" />
            <source>A question moves one place up or down at a time.</source>
            <translation>Mae cwestiwn yn symud un lle i fyny neu i lawr ar y tro.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="145" />
            <source>This question is already the first in {group}.</source>
            <translation>Y cwestiwn hwn yw'r cyntaf yn {group} yn barod.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="146" />
            <source>This question is already the last in {group}.</source>
            <translation>Y cwestiwn hwn yw'r olaf yn {group} yn barod.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="277" />
            <source>area of the health-check</source>
            <translation>maes y gwiriad iechyd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="296" />
            <source>the date of the rating</source>
            <translation>dyddiad y sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="299" />
            <source>the note</source>
            <translation>y nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="311" />
            <location filename="compactdesk/services/monitoring.py" line="318" />
            <location filename="compactdesk/services/monitoring.py" line="340" />
            <source>relationship rating</source>
            <translation>sgôr y berthynas</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="394" />
            <source>the summary of the year</source>
            <translation>crynodeb y flwyddyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/monitoring.py" line="398" />
            <source>the priorities for next year</source>
            <translation>y blaenoriaethau ar gyfer y flwyddyn nesaf</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="77" />
            <location filename="compactdesk/gui/pages/monitoring.py" line="72" />
            <source>Monitoring &amp; review</source>
            <translation>Monitro ac adolygu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="36" />
            <source>The year the ratings, health-check and review words are for</source>
            <translation>Y flwyddyn y mae'r sgorau, y gwiriad iechyd a geiriau'r adolygiad ar ei chyfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="37" />
            <source>&amp;Year:</source>
            <translation>&amp;Blwyddyn:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="39" />
            <source>E&amp;xport annual review…</source>
            <translation>&amp;Allforio'r adolygiad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="41" />
            <source>Make the annual review paper as a PDF or Word file (Ctrl+E)</source>
            <translation>Gwneud papur yr adolygiad blynyddol fel ffeil PDF neu Word (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="51" />
            <source>&amp;Indicators</source>
            <translation>&amp;Dangosyddion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="52" />
            <source>Health-&amp;check</source>
            <translation>&amp;Gwiriad iechyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="53" />
            <source>&amp;Relationship</source>
            <translation>&amp;Perthynas</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring.py" line="54" />
            <source>Revie&amp;w</source>
            <translation>Ad&amp;olygiad</translation>
        </message>
    </context>
    <context>
        <name>Op</name>
        <message>
            <location filename="compactdesk/gui/ops.py" line="112" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="126" />
            <source>Working…</source>
            <translation>Wrthi'n gweithio…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="130" />
            <source>{what}: done.</source>
            <translation>{what}: wedi'i wneud.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="134" />
            <source>{what}: not done</source>
            <translation>{what}: heb ei wneud</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="137" />
            <source>{what} was stopped; nothing was changed.</source>
            <translation>{what}: wedi'i atal; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="141" />
            <source>Something went wrong that CompactDesk did not expect. The group's file was not changed: every record is as it was.

Details are in {log}. Please send that file with a note of what you were doing.</source>
            <translation>Aeth rhywbeth o'i le nad oedd CompactDesk yn ei ddisgwyl. Ni newidiwyd ffeil y grŵp: mae pob cofnod fel yr oedd.

Mae'r manylion yn {log}. Anfonwch y ffeil honno gyda nodyn am yr hyn roeddech yn ei wneud.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/ops.py" line="172" />
            <source>Stopping…</source>
            <translation>Wrthi'n atal…</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="compactdesk/gui/opening.py" line="43" />
            <source>Opening the group's file</source>
            <translation>Wrthi'n agor ffeil y grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/opening.py" line="49" />
            <source>Making the demo group…</source>
            <translation>Wrthi'n gwneud y grŵp enghreifftiol…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/opening.py" line="50" />
            <location filename="compactdesk/gui/opening.py" line="57" />
            <source>Opening {name}…</source>
            <translation>Wrthi'n agor {name}…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/opening.py" line="90" />
            <source>CompactDesk cannot open the group's file</source>
            <translation>Ni all CompactDesk agor ffeil y grŵp</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="120" />
            <location filename="compactdesk/gui/dialogs/people.py" line="124" />
            <source>New organisation</source>
            <translation>Sefydliad newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="123" />
            <source>New public body</source>
            <translation>Corff cyhoeddus newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="128" />
            <source>Edit organisation</source>
            <translation>Golygu sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="144" />
            <source>Add organisation “{name}”</source>
            <translation>Ychwanegu'r sefydliad “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="146" />
            <source>Edit organisation “{name}”</source>
            <translation>Golygu'r sefydliad “{name}”</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="6" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="11" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="12" />
            <source>Its full name, e.g. Menter Iaith Môn</source>
            <translation>Ei enw llawn, e.e. Menter Iaith Môn</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="13" />
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="15" />
            <source>Tags:</source>
            <translation>Tagiau:</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="21" />
            <source>Small</source>
            <translation>Bach</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="22" />
            <source>BME</source>
            <translation>BME</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="23" />
            <source>Rural</source>
            <translation>Gwledig</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="24" />
            <source>Volunteer-only</source>
            <translation>Gwirfoddolwyr yn unig</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="25" />
            <source>Unfunded</source>
            <translation>Heb gyllid</translation>
        </message>
        <message>
            <location filename="ui/organisation_dialog.ui" line="29" />
            <source>No&amp;tes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="28" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="29" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="31" />
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="32" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="35" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="39" />
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="42" />
            <source>Search name, sector, tags or notes (Ctrl+F)</source>
            <translation>Chwilio enw, sector, tagiau neu nodiadau (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_orgs.py" line="45" />
            <source>&lt;h3&gt;No organisations yet&lt;/h3&gt;&lt;p&gt;Add the council, the other public bodies and the voluntary and community groups in the compact with Ctrl+N, or import them from a spreadsheet (&lt;nobr&gt;File ▸ Import&lt;/nobr&gt;). Tag the small, BME and rural ones: who takes part is itself worth reporting.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim sefydliadau eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch y cyngor, y cyrff cyhoeddus eraill a'r grwpiau gwirfoddol a chymunedol yn y compact gyda Ctrl+N, neu eu mewnforio o daenlen (&lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;). Tagiwch y rhai bach, BME (du a lleiafrifoedd ethnig) a gwledig: mae'n werth adrodd pwy sy'n cymryd rhan.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <location filename="compactdesk/services/origin.py" line="18" />
            <source>{kind}, {day}</source>
            <translation>{kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/origin.py" line="21" />
            <source> — item {number}: {title}</source>
            <translation> — eitem {number}: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/origin.py" line="29" />
            <source>Raised at: {where}</source>
            <translation>Wedi'i godi yn: {where}</translation>
        </message>
    </context>
    <context>
        <name>Papers</name>
        <message>
            <location filename="compactdesk/documents/chart.py" line="208" />
            <source>no data</source>
            <translation>dim data</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/docx.py" line="238" />
            <location filename="compactdesk/documents/pdf.py" line="110" />
            <source>No figures to show.</source>
            <translation>Dim ffigurau i'w dangos.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/docx.py" line="362" />
            <location filename="compactdesk/documents/papers/pack.py" line="231" />
            <location filename="compactdesk/documents/pdf_pages.py" line="117" />
            <source>Page {page} of {pages}</source>
            <translation>Tudalen {page} o {pages}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/docx.py" line="363" />
            <source>Page {page}</source>
            <translation>Tudalen {page}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="66" />
            <location filename="compactdesk/documents/papers/agenda.py" line="41" />
            <location filename="compactdesk/documents/papers/pack.py" line="143" />
            <location filename="compactdesk/documents/papers/pack.py" line="189" />
            <location filename="compactdesk/documents/papers/pack.py" line="210" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="67" />
            <location filename="compactdesk/documents/papers/pack.py" line="68" />
            <source>Agenda pack</source>
            <translation>Pecyn yr agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="68" />
            <location filename="compactdesk/documents/papers/minutes.py" line="61" />
            <source>Minutes</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="69" />
            <location filename="compactdesk/documents/papers/action_plan.py" line="46" />
            <location filename="compactdesk/documents/papers/annual_review.py" line="69" />
            <source>Action plan</source>
            <translation>Cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="70" />
            <location filename="compactdesk/documents/papers/feedback_log.py" line="48" />
            <source>Feedback log</source>
            <translation>Cofnod adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="71" />
            <source>Chase letters</source>
            <translation>Llythyrau atgoffa</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="72" />
            <source>Annual review</source>
            <translation>Adolygiad blynyddol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="113" />
            <source>Give a file name ending in .pdf or .docx: the ending says which format to write.</source>
            <translation>Rhowch enw ffeil sy'n gorffen â .pdf neu .docx: mae'r diwedd yn dweud pa fformat i'w ysgrifennu.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="116" />
            <source>The agenda pack joins PDF papers, so it can only be a PDF. Give a file name ending in .pdf.</source>
            <translation>Mae pecyn yr agenda yn uno papurau PDF, felly dim ond PDF y gall fod. Rhowch enw ffeil sy'n gorffen â .pdf.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="199" />
            <source>A paper can be made in English (en), Welsh (cy) or both; '{language}' is none of these.</source>
            <translation>Gellir gwneud papur yn Saesneg (en), yn Gymraeg (cy) neu yn y ddwy iaith (both); nid yw '{language}' yn un o'r rhain.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="202" />
            <source>Reading the records</source>
            <translation>Wrthi'n darllen y cofnodion</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/export.py" line="222" />
            <source>Laying out {title}</source>
            <translation>Wrthi'n gosod {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/export.py" line="231" />
            <source>Writing %n file(s)</source>
            <translation>
                <numerusform>Wrthi'n ysgrifennu %n ffeil</numerusform>
                <numerusform>Wrthi'n ysgrifennu %n ffeil</numerusform>
                <numerusform>Wrthi'n ysgrifennu %n ffeil</numerusform>
                <numerusform>Wrthi'n ysgrifennu %n ffeil</numerusform>
                <numerusform>Wrthi'n ysgrifennu %n ffeil</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/files.py" line="26" />
            <source>{path} is a folder. Give a file name inside it.</source>
            <translation>Ffolder yw {path}. Rhowch enw ffeil y tu mewn iddo.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/files.py" line="28" />
            <source>The folder {folder} does not exist (or its disk has been removed). Choose another folder.</source>
            <translation>Nid yw'r ffolder {folder} yn bodoli (neu mae ei ddisg wedi'i thynnu). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/files.py" line="33" />
            <source>CompactDesk cannot write in {folder} ({reason}). The folder may be read-only: choose another folder, such as Documents.</source>
            <translation>Ni all CompactDesk ysgrifennu yn y ffolder {folder} ({reason}). Efallai mai ffolder darllen yn unig yw hwn: dewiswch ffolder arall, fel Dogfennau.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/files.py" line="39" />
            <source>{name} could not be replaced: it may be open in Word or another program, or be read-only. Close it and export again, or give another name.</source>
            <translation>Nid oedd modd disodli {name}: efallai ei bod ar agor yn Word neu raglen arall, neu'n ddarllen yn unig. Caewch hi ac allforiwch eto, neu rhowch enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/files.py" line="43" />
            <source>{name} could not be written ({reason}). Check that the disk has space and is still connected, then export again.</source>
            <translation>Nid oedd modd ysgrifennu {name} ({reason}). Gwiriwch fod lle ar y ddisg a'i bod yn dal wedi'i chysylltu, yna allforiwch eto.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/action_plan.py" line="33" />
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="47" />
            <source>As it stands on {day}.</source>
            <translation>Y sefyllfa erbyn {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="50" />
            <source>The action plan has no targets yet.</source>
            <translation>Nid oes targedau yn y cynllun gweithredu eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="52" />
            <source>No target is open, and none was done or dropped since {day}.</source>
            <translation>Nid oes targed ar agor, ac ni chafodd yr un ei gwblhau na'i ollwng ers {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="62" />
            <source>No code area named</source>
            <translation>Dim maes cod wedi'i enwi</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="63" />
            <source>No partner named</source>
            <translation>Dim partner wedi'i enwi</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="64" />
            <source>Partner and lead</source>
            <translation>Partner ac arweinydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="64" />
            <source>Code area and lead</source>
            <translation>Maes cod ac arweinydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="75" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="132" />
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="76" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="134" />
            <source>Deadline</source>
            <translation>Dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="76" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="411" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="77" />
            <source>Latest progress</source>
            <translation>Cynnydd diweddaraf</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/action_plan.py" line="78" />
            <source>Action plan, {day}</source>
            <translation>Cynllun gweithredu, {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/agenda.py" line="39" />
            <source>%n min</source>
            <translation>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="44" />
            <source>No.</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="44" />
            <location filename="compactdesk/documents/papers/minutes.py" line="83" />
            <location filename="compactdesk/documents/papers/minutes.py" line="93" />
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="45" />
            <source>Presenter</source>
            <translation>Cyflwynydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="45" />
            <location filename="compactdesk/documents/papers/common.py" line="22" />
            <location filename="compactdesk/services/drafts.py" line="183" />
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="46" />
            <source>Paper</source>
            <translation>Papur</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="48" />
            <source>* A standing item, on every agenda.</source>
            <translation>* Eitem sefydlog, ar bob agenda.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="50" />
            <location filename="compactdesk/services/calendar.py" line="141" />
            <source>No items have been added to this agenda yet.</source>
            <translation>Nid oes eitemau wedi'u hychwanegu at yr agenda hon eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="52" />
            <source>Papers</source>
            <translation>Papurau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="54" />
            <source>Paper {ref}: {name} ({size})</source>
            <translation>Papur {ref}: {name} ({size})</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="58" />
            <source>The papers come with the agenda pack.</source>
            <translation>Daw'r papurau gyda phecyn yr agenda.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="60" />
            <location filename="compactdesk/services/calendar.py" line="143" />
            <source>If you cannot come, please send your apologies to {who}.</source>
            <translation>Os na allwch ddod, anfonwch eich ymddiheuriadau at {who}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/agenda.py" line="67" />
            <source>Agenda: {kind}, {day}</source>
            <translation>Agenda: {kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="47" />
            <source>Not rated</source>
            <translation>Dim sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="47" />
            <source>{n} of 5</source>
            <translation>{n} o 5</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review.py" line="57" />
            <source>%n meeting(s) held.</source>
            <translation>
                <numerusform>Cynhaliwyd %n cyfarfod.</numerusform>
                <numerusform>Cynhaliwyd %n cyfarfod.</numerusform>
                <numerusform>Cynhaliwyd %n cyfarfod.</numerusform>
                <numerusform>Cynhaliwyd %n cyfarfod.</numerusform>
                <numerusform>Cynhaliwyd %n cyfarfod.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="59" />
            <source>No register of attendance was taken at the meetings.</source>
            <translation>Ni chymerwyd cofrestr presenoldeb yn y cyfarfodydd.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="62" />
            <source>Statutory partners filled {public} of their seats at meetings; the voluntary and community sector {vcs}.</source>
            <translation>Llenwodd partneriaid statudol {public} o'u seddi yn y cyfarfodydd; y sector gwirfoddol a chymunedol {vcs}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="70" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="161" />
            <source>Feedback from officers</source>
            <translation>Adborth gan swyddogion</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="71" />
            <source>Consultations</source>
            <translation>Ymgynghoriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="72" />
            <source>Funding notices</source>
            <translation>Rhybuddion am newid cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="73" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="318" />
            <source>Disputes</source>
            <translation>Anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="74" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="374" />
            <source>Codes of practice</source>
            <translation>Codau ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="75" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="424" />
            <source>Sign-up</source>
            <translation>Ymrwymiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="84" />
            <source>The monitoring framework</source>
            <translation>Y fframwaith monitro</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="86" />
            <source>The group's own rating of each indicator, from 1 (not at all) to 5 (fully), with its evidence and, where the records hold it, the figure for the year.</source>
            <translation>Sgôr y grŵp ei hun ar gyfer pob dangosydd, o 1 (ddim o gwbl) i 5 (yn llawn), gyda'i thystiolaeth ac, os yw yn y cofnodion, ffigur y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="105" />
            <location filename="compactdesk/documents/papers/annual_review.py" line="131" />
            <source>last year {n}</source>
            <translation>y llynedd {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="112" />
            <source>Indicator</source>
            <translation>Dangosydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="113" />
            <location filename="compactdesk/documents/papers/annual_review.py" line="146" />
            <location filename="compactdesk/documents/papers/annual_review.py" line="172" />
            <source>Rating</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="114" />
            <source>Figures and evidence</source>
            <translation>Ffigurau a thystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="139" />
            <source>Partnership health-check</source>
            <translation>Gwiriad iechyd y bartneriaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="141" />
            <source>The five areas of the Local Partnerships Taskforce checklist, each rated from 1 to 5.</source>
            <translation>Pum maes rhestr wirio'r Tasglu Partneriaethau Lleol, pob un â sgôr o 1 i 5.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="145" />
            <source>Area</source>
            <translation>Maes</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="147" />
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="155" />
            <source>The relationship between the sectors</source>
            <translation>Y berthynas rhwng y sectorau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="158" />
            <source>No relationship rating was recorded in the year.</source>
            <translation>Ni chofnodwyd sgôr y berthynas yn ystod y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="163" />
            <source>Rated {mean} of 5 on average over {count}.</source>
            <translation>Sgôr gyfartalog o {mean} o 5 dros {count}.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review.py" line="164" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="171" />
            <location filename="compactdesk/documents/papers/common.py" line="21" />
            <location filename="compactdesk/services/drafts.py" line="182" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="173" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="187" />
            <source>Meetings held</source>
            <translation>Cyfarfodydd a gynhaliwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="189" />
            <source>Seats filled by statutory partners</source>
            <translation>Seddi a lenwyd gan bartneriaid statudol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="194" />
            <source>Seats filled by the voluntary sector</source>
            <translation>Seddi a lenwyd gan y sector gwirfoddol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="199" />
            <source>Targets done, of those that fell due</source>
            <translation>Targedau wedi'u cwblhau, o'r rhai a oedd yn ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="204" />
            <source>Feedback answered on time</source>
            <translation>Adborth a atebwyd mewn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="209" />
            <source>Consultations meeting the standard</source>
            <translation>Ymgynghoriadau sy'n bodloni'r safon</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="214" />
            <source>Funding notices meeting the standard</source>
            <translation>Rhybuddion am newid cyllid sy'n bodloni'r safon</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="218" />
            <source>Disputes opened</source>
            <translation>Anghydfodau a agorwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="219" />
            <source>Organisations signed up</source>
            <translation>Sefydliadau sydd wedi ymrwymo</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="220" />
            <source>Codes in force</source>
            <translation>Codau mewn grym</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="221" />
            <source>Relationship rating (mean)</source>
            <translation>Sgôr y berthynas (cymedr)</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="224" />
            <source>Change from {year}</source>
            <translation>Newid ers {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="227" />
            <source>Figure</source>
            <translation>Ffigur</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="239" />
            <source>Choose a year from {first} to {last} for the annual review.</source>
            <translation>Dewiswch flwyddyn rhwng {first} a {last} ar gyfer yr adolygiad blynyddol.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="242" />
            <source>{year} has not begun yet, so it has no annual review. Choose {now} or an earlier year.</source>
            <translation>Nid yw {year} wedi dechrau eto, felly nid oes adolygiad blynyddol ar ei chyfer. Dewiswch {now} neu flwyddyn gynharach.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="255" />
            <source>1 January to 31 December {year}</source>
            <translation>1 Ionawr i 31 Rhagfyr {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="256" />
            <source>Figures as they stood on {day}.</source>
            <translation>Ffigurau fel yr oeddent erbyn {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="258" />
            <source>The year is not over: figures as they stood on {day}.</source>
            <translation>Nid yw'r flwyddyn drosodd: ffigurau fel yr oeddent erbyn {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="262" />
            <location filename="compactdesk/documents/papers/annual_review.py" line="290" />
            <source>Annual review {year}</source>
            <translation>Adolygiad blynyddol {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="265" />
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="269" />
            <source>The year in figures</source>
            <translation>Y flwyddyn mewn ffigurau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="282" />
            <source>Priorities for {year}</source>
            <translation>Blaenoriaethau ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review.py" line="285" />
            <source>No priorities recorded yet: add them on the Monitoring &amp; review page.</source>
            <translation>Dim blaenoriaethau wedi'u cofnodi eto: ychwanegwch nhw ar y dudalen Monitro ac adolygu.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="31" />
            <source>%n day(s) short</source>
            <translation>
                <numerusform>%n diwrnod yn brin</numerusform>
                <numerusform>%n diwrnod yn brin</numerusform>
                <numerusform>%n diwrnod yn brin</numerusform>
                <numerusform>%n diwrnod yn brin</numerusform>
                <numerusform>%n diwrnod yn brin</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="35" />
            <source>Meetings and attendance</source>
            <translation>Cyfarfodydd a phresenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="38" />
            <source>No meetings of the group were held in the year.</source>
            <translation>Ni chynhaliwyd unrhyw gyfarfod o'r grŵp yn ystod y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="41" />
            <source>A seat counts as filled when its holder came or sent a substitute.</source>
            <translation>Mae sedd yn cyfrif fel un wedi'i llenwi pan ddaeth ei deiliad neu pan anfonodd ddirprwy.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="49" />
            <source>Seats filled at each meeting, by sector</source>
            <translation>Seddi a lenwyd ym mhob cyfarfod, fesul sector</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="52" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="71" />
            <source>Public bodies</source>
            <translation>Cyrff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="54" />
            <source>Voluntary and community sector</source>
            <translation>Y sector gwirfoddol a chymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="59" />
            <source>Over the year statutory partners filled {public} of their seats and the voluntary and community sector {vcs}.</source>
            <translation>Dros y flwyddyn, llenwodd partneriaid statudol {public} o'u seddi a'r sector gwirfoddol a chymunedol {vcs}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="70" />
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="72" />
            <source>Voluntary sector</source>
            <translation>Sector gwirfoddol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="78" />
            <source>Attendance by sector over the year</source>
            <translation>Presenoldeb fesul sector dros y flwyddyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="81" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="444" />
            <location filename="compactdesk/documents/papers/minutes.py" line="53" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="82" />
            <source>Seats at meetings</source>
            <translation>Seddi mewn cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="83" />
            <source>Filled</source>
            <translation>Wedi'u llenwi</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="84" />
            <source>Share</source>
            <translation>Cyfran</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="98" />
            <source>No register taken</source>
            <translation>Dim cofrestr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="102" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="106" />
            <source>{a} of {e} ({p})</source>
            <translation>{a} o {e} ({p})</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="112" />
            <source>The action plan: achieved against plan</source>
            <translation>Y cynllun gweithredu: cyflawniad yn erbyn y cynllun</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="114" />
            <source>No action-plan targets fell due in the year.</source>
            <translation>Nid oedd unrhyw dargedau yn y cynllun gweithredu yn ddyledus yn ystod y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="118" />
            <source>Targets due in the year: {n}</source>
            <translation>Targedau'n ddyledus yn ystod y flwyddyn: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="119" />
            <source>Done: {n}, {on_time} of them by their deadline</source>
            <translation>Wedi'u cwblhau: {n}, {on_time} ohonynt erbyn eu dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="122" />
            <source>Overdue: {n}</source>
            <translation>Yn hwyr: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="123" />
            <source>Due later in the year: {n}</source>
            <translation>Yn ddyledus yn nes ymlaen yn y flwyddyn: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="124" />
            <source>Dropped: {n}</source>
            <translation>Wedi'u gollwng: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="125" />
            <source>Done, of those that fell due: {p}</source>
            <translation>Wedi'u cwblhau, o'r rhai a oedd yn ddyledus: {p}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="133" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="135" />
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="343" />
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="164" />
            <source>The group asked officers for no feedback in the year.</source>
            <translation>Ni ofynnodd y grŵp i swyddogion am unrhyw adborth yn ystod y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="168" />
            <source>No answers yet</source>
            <translation>Dim atebion eto</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="170" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
                <numerusform>%n diwrnod</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="175" />
            <source>Asked for in the year: {n}</source>
            <translation>Gofynnwyd amdano yn ystod y flwyddyn: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="176" />
            <source>Answered on time: {n}</source>
            <translation>Atebwyd mewn pryd: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="177" />
            <source>Answered late: {n}</source>
            <translation>Atebwyd yn hwyr: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="178" />
            <source>Overdue, still unanswered: {n}</source>
            <translation>Yn hwyr, heb ei ateb o hyd: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="179" />
            <source>Not yet due: {n}</source>
            <translation>Ddim yn ddyledus eto: {n}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="180" />
            <source>Answered on time, of those that have come due: {p}</source>
            <translation>Atebwyd mewn pryd, o'r rhai sydd wedi dod yn ddyledus: {p}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="183" />
            <source>Median time from being asked to being answered: {m}</source>
            <translation>Amser canolrif rhwng gofyn ac ateb: {m}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="194" />
            <source>Consultations and funding notices against the standards</source>
            <translation>Ymgynghoriadau a rhybuddion am newid cyllid yn erbyn y safonau</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="195" />
            <source>Consultations (standard: at least %n week(s))</source>
            <translation>
                <numerusform>Ymgynghoriadau (safon: o leiaf %n wythnos)</numerusform>
                <numerusform>Ymgynghoriadau (safon: o leiaf %n wythnos)</numerusform>
                <numerusform>Ymgynghoriadau (safon: o leiaf %n wythnos)</numerusform>
                <numerusform>Ymgynghoriadau (safon: o leiaf %n wythnos)</numerusform>
                <numerusform>Ymgynghoriadau (safon: o leiaf %n wythnos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="198" />
            <source>No consultations closed in the year.</source>
            <translation>Ni ddaeth unrhyw ymgynghoriad i ben yn ystod y flwyddyn.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="202" />
            <source>{met} of %n consultation(s) met the standard ({p}). {short} ran short with no reason given; {reason} ran short for a stated reason; respondents heard the outcome late, or not yet, in {late}. Responses received: {responses}.</source>
            <translation>
                <numerusform>Roedd {met} o'r %n ymgynghoriad yn bodloni'r safon ({p}). Roedd {short} yn rhy fyr heb reswm; roedd {reason} yn fyr am reswm a roddwyd; clywodd ymatebwyr y canlyniad yn hwyr, neu heb ei glywed eto, mewn {late}. Ymatebion a ddaeth i law: {responses}.</numerusform>
                <numerusform>Roedd {met} o'r %n ymgynghoriad yn bodloni'r safon ({p}). Roedd {short} yn rhy fyr heb reswm; roedd {reason} yn fyr am reswm a roddwyd; clywodd ymatebwyr y canlyniad yn hwyr, neu heb ei glywed eto, mewn {late}. Ymatebion a ddaeth i law: {responses}.</numerusform>
                <numerusform>Roedd {met} o'r %n ymgynghoriad yn bodloni'r safon ({p}). Roedd {short} yn rhy fyr heb reswm; roedd {reason} yn fyr am reswm a roddwyd; clywodd ymatebwyr y canlyniad yn hwyr, neu heb ei glywed eto, mewn {late}. Ymatebion a ddaeth i law: {responses}.</numerusform>
                <numerusform>Roedd {met} o'r %n ymgynghoriad yn bodloni'r safon ({p}). Roedd {short} yn rhy fyr heb reswm; roedd {reason} yn fyr am reswm a roddwyd; clywodd ymatebwyr y canlyniad yn hwyr, neu heb ei glywed eto, mewn {late}. Ymatebion a ddaeth i law: {responses}.</numerusform>
                <numerusform>Roedd {met} o'r %n ymgynghoriad yn bodloni'r safon ({p}). Roedd {short} yn rhy fyr heb reswm; roedd {reason} yn fyr am reswm a roddwyd; clywodd ymatebwyr y canlyniad yn hwyr, neu heb ei glywed eto, mewn {late}. Ymatebion a ddaeth i law: {responses}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="224" />
            <source>Too short, no reason given</source>
            <translation>Rhy fyr, dim rheswm</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="226" />
            <source>Short: {reason}</source>
            <translation>Byr: {reason}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="228" />
            <source>Long enough</source>
            <translation>Digon hir</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="231" />
            <source>Late</source>
            <translation>Yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="233" />
            <source>On time</source>
            <translation>Mewn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="237" />
            <source>Not given</source>
            <translation>Heb ei roi</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="239" />
            <source>Not yet due</source>
            <translation>Ddim yn ddyledus eto</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="253" />
            <source>Consultation</source>
            <translation>Ymgynghoriad</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="254" />
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="255" />
            <source>Length</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="256" />
            <source>Feedback</source>
            <translation>Adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="257" />
            <source>Responses</source>
            <translation>Ymatebion</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="263" />
            <source>at least one calendar month's notice</source>
            <translation>o leiaf mis calendr o rybudd</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="265" />
            <source>at least %n calendar months' notice</source>
            <translation>
                <numerusform>o leiaf %n mis calendr o rybudd</numerusform>
                <numerusform>o leiaf %n mis calendr o rybudd</numerusform>
                <numerusform>o leiaf %n mis calendr o rybudd</numerusform>
                <numerusform>o leiaf %n mis calendr o rybudd</numerusform>
                <numerusform>o leiaf %n mis calendr o rybudd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="267" />
            <source>Funding notices (standard: {notice})</source>
            <translation>Rhybuddion am newid cyllid (safon: {notice})</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="271" />
            <source>No notices of reduced or ended funding were given in the year.</source>
            <translation>Ni roddwyd unrhyw rybudd am leihau neu ddod â chyllid i ben yn ystod y flwyddyn.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="277" />
            <source>{ok} of %n notice(s) gave enough notice ({p}).</source>
            <translation>
                <numerusform>Rhoddodd {ok} o'r %n rhybudd ddigon o rybudd ({p}).</numerusform>
                <numerusform>Rhoddodd {ok} o'r %n rhybudd ddigon o rybudd ({p}).</numerusform>
                <numerusform>Rhoddodd {ok} o'r %n rhybudd ddigon o rybudd ({p}).</numerusform>
                <numerusform>Rhoddodd {ok} o'r %n rhybudd ddigon o rybudd ({p}).</numerusform>
                <numerusform>Rhoddodd {ok} o'r %n rhybudd ddigon o rybudd ({p}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="285" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="286" />
            <source>Public body</source>
            <translation>Corff cyhoeddus</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="287" />
            <source>Notice given</source>
            <translation>Rhybudd a roddwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="288" />
            <source>Takes effect</source>
            <translation>Yn dod i rym</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="289" />
            <source>Against the standard</source>
            <translation>Yn erbyn y safon</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="297" />
            <source>Funding ended</source>
            <translation>Cyllid wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="299" />
            <source>Funding reduced</source>
            <translation>Cyllid wedi'i leihau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="305" />
            <source>Enough notice</source>
            <translation>Digon o rybudd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="320" />
            <source>No disputes were open during the year.</source>
            <translation>Nid oedd unrhyw anghydfod ar agor yn ystod y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="323" />
            <source>{opened} opened in the year ({public} said to be breaches by a public body, {vcs} by the voluntary and community sector); {resolved} resolved; {open} still open at the year's end.</source>
            <translation>Agorwyd {opened} yn ystod y flwyddyn ({public} yn honni bod corff cyhoeddus wedi torri'r compact, {vcs} yn honni bod y sector gwirfoddol a chymunedol wedi gwneud hynny); datryswyd {resolved}; roedd {open} yn dal ar agor ar ddiwedd y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="340" />
            <source>Dispute</source>
            <translation>Anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="341" />
            <source>Raised</source>
            <translation>Codwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="342" />
            <source>Stage reached</source>
            <translation>Cam a gyrhaeddwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="349" />
            <source>{day} by {who}, about {against}</source>
            <translation>{day} gan {who}, ynghylch {against}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="353" />
            <source>Not yet recorded</source>
            <translation>Heb ei gofnodi eto</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="355" />
            <source>Resolved {day}: {outcome}</source>
            <translation>Datryswyd {day}: {outcome}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="359" />
            <source>Still open</source>
            <translation>Yn dal ar agor</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="376" />
            <source>{in_force} of %n code(s) in force at the year's end; {adopted} adopted and {reviewed} reviewed in the year; {overdue} overdue for review.</source>
            <translation>
                <numerusform>{in_force} o'r %n cod mewn grym ar ddiwedd y flwyddyn; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn ystod y flwyddyn; {overdue} yn hwyr i'w hadolygu.</numerusform>
                <numerusform>{in_force} o'r %n cod mewn grym ar ddiwedd y flwyddyn; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn ystod y flwyddyn; {overdue} yn hwyr i'w hadolygu.</numerusform>
                <numerusform>{in_force} o'r %n cod mewn grym ar ddiwedd y flwyddyn; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn ystod y flwyddyn; {overdue} yn hwyr i'w hadolygu.</numerusform>
                <numerusform>{in_force} o'r %n cod mewn grym ar ddiwedd y flwyddyn; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn ystod y flwyddyn; {overdue} yn hwyr i'w hadolygu.</numerusform>
                <numerusform>{in_force} o'r %n cod mewn grym ar ddiwedd y flwyddyn; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn ystod y flwyddyn; {overdue} yn hwyr i'w hadolygu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="395" />
            <source>national code</source>
            <translation>cod cenedlaethol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="396" />
            <source>Not yet adopted</source>
            <translation>Heb ei fabwysiadu eto</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="402" />
            <source>overdue</source>
            <translation>yn hwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="410" />
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="412" />
            <source>Adopted</source>
            <translation>Mabwysiadwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="413" />
            <source>Last reviewed</source>
            <translation>Adolygwyd ddiwethaf</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="414" />
            <source>Next review</source>
            <translation>Adolygiad nesaf</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="431" />
            <source>%n organisation(s) signed up at the year's end</source>
            <translation>
                <numerusform>%n sefydliad wedi ymrwymo ar ddiwedd y flwyddyn</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo ar ddiwedd y flwyddyn</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo ar ddiwedd y flwyddyn</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo ar ddiwedd y flwyddyn</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo ar ddiwedd y flwyddyn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="434" />
            <source>%n new in the year.</source>
            <translation>
                <numerusform>%n newydd yn ystod y flwyddyn.</numerusform>
                <numerusform>%n newydd yn ystod y flwyddyn.</numerusform>
                <numerusform>%n newydd yn ystod y flwyddyn.</numerusform>
                <numerusform>%n newydd yn ystod y flwyddyn.</numerusform>
                <numerusform>%n newydd yn ystod y flwyddyn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="438" />
            <source>Of those signed up: {tags}.</source>
            <translation>O'r rhai sydd wedi ymrwymo: {tags}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="443" />
            <source>Signed in the year</source>
            <translation>Ymrwymodd yn ystod y flwyddyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="445" />
            <source>Signed on</source>
            <translation>Ymrwymodd ar</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="455" />
            <source>signed again</source>
            <translation>ymrwymodd eto</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/annual_review_record.py" line="466" />
            <source>A named {word} in {covered} of %n department(s) of the public bodies.</source>
            <translation>
                <numerusform>{word} wedi'i enwi mewn {covered} o'r %n adran yn y cyrff cyhoeddus.</numerusform>
                <numerusform>{word} wedi'i enwi mewn {covered} o'r %n adran yn y cyrff cyhoeddus.</numerusform>
                <numerusform>{word} wedi'i enwi mewn {covered} o'r %n adran yn y cyrff cyhoeddus.</numerusform>
                <numerusform>{word} wedi'i enwi mewn {covered} o'r %n adran yn y cyrff cyhoeddus.</numerusform>
                <numerusform>{word} wedi'i enwi mewn {covered} o'r %n adran yn y cyrff cyhoeddus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="22" />
            <source>It is now past the date it was due.</source>
            <translation>Mae bellach wedi mynd heibio i'r dyddiad yr oedd yn ddyledus.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="24" />
            <source>One of them is now past the date it was due.</source>
            <translation>Mae un ohonynt bellach wedi mynd heibio i'r dyddiad yr oedd yn ddyledus.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/chase_letters.py" line="25" />
            <source>%n of them are now past the date they were due.</source>
            <translation>
                <numerusform>Mae %n ohonynt bellach wedi mynd heibio i'r dyddiad yr oeddent yn ddyledus.</numerusform>
                <numerusform>Mae %n ohonynt bellach wedi mynd heibio i'r dyddiad yr oeddent yn ddyledus.</numerusform>
                <numerusform>Mae %n ohonynt bellach wedi mynd heibio i'r dyddiad yr oeddent yn ddyledus.</numerusform>
                <numerusform>Mae %n ohonynt bellach wedi mynd heibio i'r dyddiad yr oeddent yn ddyledus.</numerusform>
                <numerusform>Mae %n ohonynt bellach wedi mynd heibio i'r dyddiad yr oeddent yn ddyledus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="34" />
            <source>Dear {name},</source>
            <translation>Annwyl {name},</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="35" />
            <source>Feedback the {group} is waiting for</source>
            <translation>Adborth y mae {group} yn aros amdano</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="36" />
            <source>The {group} asked you for the feedback listed below. Our records show that we have not had it yet.</source>
            <translation>Gofynnodd {group} i chi am yr adborth a restrir isod. Mae ein cofnodion yn dangos nad ydym wedi'i gael eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="39" />
            <location filename="compactdesk/documents/papers/feedback_log.py" line="72" />
            <location filename="compactdesk/documents/papers/minutes.py" line="93" />
            <source>Feedback on</source>
            <translation>Adborth ar</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="39" />
            <source>Asked at</source>
            <translation>Gofynnwyd yn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="40" />
            <location filename="compactdesk/documents/papers/feedback_log.py" line="73" />
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="40" />
            <location filename="compactdesk/documents/papers/feedback_log.py" line="74" />
            <source>Where it stands</source>
            <translation>Sefyllfa</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="41" />
            <source>Asked on {day}, between meetings</source>
            <translation>Gofynnwyd ar {day}, rhwng cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="47" />
            <source>We would be grateful for a reply by {day}. A short written reply is enough.</source>
            <translation>Byddem yn ddiolchgar am ateb erbyn {day}. Mae ateb byr yn ysgrifenedig yn ddigon.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="50" />
            <source>If you would rather answer in person at the next meeting, on {day}, please let us know.</source>
            <translation>Os byddai'n well gennych ateb wyneb yn wyneb yn y cyfarfod nesaf, {day}, rhowch wybod i ni.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="54" />
            <source>If you have already replied, thank you, and please tell us when, so we can put our records right. If someone else should answer, please pass this letter on and let us know who.</source>
            <translation>Os ydych chi eisoes wedi ateb, diolch, a dywedwch wrthym pryd, er mwyn i ni gywiro ein cofnodion. Os dylai rhywun arall ateb, anfonwch y llythyr hwn ymlaen a rhowch wybod i ni pwy.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="57" />
            <source>Yours sincerely,</source>
            <translation>Yn gywir,</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="57" />
            <source>Secretary</source>
            <translation>Ysgrifennydd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="68" />
            <source>'{name}' owes the group no feedback, so there is nothing to chase.</source>
            <translation>Nid oes gan '{name}' adborth sy'n ddyledus i'r grŵp, felly does dim angen llythyr atgoffa.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="70" />
            <source>No officer's feedback is overdue, so there is nothing to chase.</source>
            <translation>Nid oes adborth unrhyw swyddog yn hwyr, felly does dim angen llythyr atgoffa.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="74" />
            <source>Letter to {name}, {day}</source>
            <translation>Llythyr at {name}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/chase_letters.py" line="81" />
            <source>Chase letters, {day}</source>
            <translation>Llythyrau atgoffa, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="24" />
            <location filename="compactdesk/services/drafts.py" line="185" />
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="26" />
            <source>Apologies to</source>
            <translation>Ymddiheuriadau i</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="56" />
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="57" />
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="61" />
            <source>no date set</source>
            <translation>dim dyddiad wedi'i osod</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="67" />
            <source>Everything: every item asked of officers, answered or not.</source>
            <translation>Popeth: pob eitem y gofynnwyd i swyddogion amdani, wedi'i hateb neu beidio.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="69" />
            <source>Answered since {day}, the day of the last meeting, and everything still outstanding.</source>
            <translation>Atebwyd ers {day}, diwrnod y cyfarfod diwethaf, a phopeth sy'n dal heb ei ateb.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="71" />
            <source>Answered since {day}, and everything still outstanding.</source>
            <translation>Atebwyd ers {day}, a phopeth sy'n dal heb ei ateb.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="78" />
            <source>Everything: every target, open, done or dropped.</source>
            <translation>Popeth: pob targed, ar agor, wedi'i gwblhau neu wedi'i ollwng.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="80" />
            <source>Done or dropped since {day}, the day of the last meeting, and every target still open.</source>
            <translation>Wedi'u cwblhau neu eu gollwng ers {day}, diwrnod y cyfarfod diwethaf, a phob targed sy'n dal ar agor.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/common.py" line="82" />
            <source>Done or dropped since {day}, and every target still open.</source>
            <translation>Wedi'u cwblhau neu eu gollwng ers {day}, a phob targed sy'n dal ar agor.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="25" />
            <source>{total}: {open} outstanding ({overdue} overdue); {ontime} answered on time, {late} answered late.</source>
            <translation>{total}: {open} heb eu hateb ({overdue} yn hwyr); {ontime} wedi'u hateb mewn pryd, {late} wedi'u hateb yn hwyr.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/documents/papers/feedback_log.py" line="27" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
                <numerusform>%n eitem</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="35" />
            <source>on {day}</source>
            <translation>ar {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="45" />
            <source>No feedback has been asked of anyone called '{name}'.</source>
            <translation>Ni ofynnwyd am adborth gan neb o'r enw '{name}'.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="49" />
            <source>Feedback asked of officers, as it stands on {day}.</source>
            <translation>Adborth y gofynnwyd amdano gan swyddogion, y sefyllfa erbyn {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="55" />
            <source>No feedback has been asked of anyone yet.</source>
            <translation>Nid oes neb wedi cael cais am adborth eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="57" />
            <source>Nothing is outstanding, and nothing was answered since {day}.</source>
            <translation>Nid oes dim heb ei ateb, ac ni atebwyd dim ers {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="72" />
            <source>Asked</source>
            <translation>Gofynnwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="73" />
            <source>Days outstanding</source>
            <translation>Diwrnodau heb ateb</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/feedback_log.py" line="79" />
            <source>Feedback log, {day}</source>
            <translation>Cofnod adborth, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="28" />
            <source>DRAFT — not yet approved</source>
            <translation>DRAFFT — heb ei gymeradwyo eto</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="42" />
            <source>for {member}</source>
            <translation>ar ran {member}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="45" />
            <source>Attendance has not been recorded.</source>
            <translation>Nid yw'r presenoldeb wedi'i gofnodi.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="49" />
            <source>Also in attendance</source>
            <translation>Hefyd yn bresennol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="53" />
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="54" />
            <source>Apologies</source>
            <translation>Ymddiheuriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="54" />
            <source>Absent</source>
            <translation>Yn absennol</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="66" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="69" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="74" />
            <source>Decided: </source>
            <translation>Penderfynwyd: </translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="78" />
            <source>Nothing was minuted under this item.</source>
            <translation>Ni chofnodwyd dim o dan yr eitem hon.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="80" />
            <source>Actions agreed</source>
            <translation>Camau gweithredu a gytunwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="83" />
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="84" />
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="84" />
            <location filename="compactdesk/documents/papers/minutes.py" line="94" />
            <source>By when</source>
            <translation>Erbyn pryd</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="85" />
            <location filename="compactdesk/documents/papers/minutes.py" line="95" />
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="89" />
            <source>No actions were recorded at this meeting.</source>
            <translation>Ni chofnodwyd unrhyw gamau gweithredu yn y cyfarfod hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="90" />
            <source>Feedback requested</source>
            <translation>Adborth y gofynnwyd amdano</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="94" />
            <source>From whom</source>
            <translation>Gan bwy</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="100" />
            <source>No feedback was requested at this meeting.</source>
            <translation>Ni ofynnwyd am unrhyw adborth yn y cyfarfod hwn.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/minutes.py" line="101" />
            <source>Minutes: {kind}, {day}</source>
            <translation>Cofnodion: {kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="71" />
            <source>Agenda pack: {kind}, {day}</source>
            <translation>Pecyn yr agenda: {kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="109" />
            <source>attached as a Word file: save it as PDF and attach it again to put it in the pack. It goes out separately until then.</source>
            <translation>wedi'i atodi fel ffeil Word: cadwch ef fel PDF a'i atodi eto i'w roi yn y pecyn. Tan hynny, caiff ei anfon ar wahân.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="112" />
            <source>not a PDF: only PDF papers can go in the pack. It goes out separately.</source>
            <translation>nid yw'n PDF: dim ond papurau PDF all fynd yn y pecyn. Caiff ei anfon ar wahân.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="117" />
            <source>protected by a password, so it cannot go in the pack. Ask its author for an unprotected copy.</source>
            <translation>wedi'i ddiogelu gan gyfrinair, felly ni all fynd yn y pecyn. Gofynnwch i'r awdur am gopi heb ei ddiogelu.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="122" />
            <source>could not be read as a PDF ({error}). Attach it again, or send it separately.</source>
            <translation>nid oedd modd ei ddarllen fel PDF ({error}). Atodwch ef eto, neu anfonwch ef ar wahân.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="128" />
            <source>Item {number}: {title} — Paper {ref}</source>
            <translation>Eitem {number}: {title} — Papur {ref}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="146" />
            <source>Contents</source>
            <translation>Cynnwys</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="147" />
            <source>In this pack</source>
            <translation>Yn y pecyn hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="147" />
            <source>Page</source>
            <translation>Tudalen</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="151" />
            <source>Papers not in this pack</source>
            <translation>Papurau nad ydynt yn y pecyn hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="152" />
            <source>Paper {ref}, {name}: {why}</source>
            <translation>Papur {ref}, {name}: {why}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="155" />
            <source>No papers are attached to this agenda.</source>
            <translation>Nid oes papurau wedi'u hatodi i'r agenda hon.</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="169" />
            <source>Reading paper {ref}: {name}</source>
            <translation>Wrthi'n darllen papur {ref}: {name}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="171" />
            <source>Laying out the cover, contents and agenda</source>
            <translation>Wrthi'n gosod y clawr, y cynnwys a'r agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="193" />
            <source>Adding paper {ref}: {name}</source>
            <translation>Wrthi'n ychwanegu papur {ref}: {name}</translation>
        </message>
        <message>
            <location filename="compactdesk/documents/papers/pack.py" line="198" />
            <source>Numbering the pages</source>
            <translation>Wrthi'n rhifo'r tudalennau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="36" />
            <source>Compact liaison group</source>
            <translation>Grŵp cyswllt y compact</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="43" />
            <source>{compact} {group}</source>
            <translation>{group} {compact}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="53" />
            <source>There is no {which} liaison meeting in this group's records as seen from {day}. Plan one on the Meetings page, or name a meeting by its number.</source>
            <translation>Nid oes cyfarfod cyswllt {which} (o {day}) yng nghofnodion y grŵp hwn. Trefnwch un ar y dudalen Cyfarfodydd, neu enwch gyfarfod yn ôl ei rif.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="56" />
            <source>next</source>
            <translation>nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="56" />
            <source>last</source>
            <translation>diwethaf</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="62" />
            <source>'{value}' is not a meeting: give its number, or next or last.</source>
            <translation>Nid yw '{value}' yn gyfarfod: rhowch ei rif, neu next (nesaf) neu last (diwethaf).</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="64" />
            <location filename="compactdesk/services/papers.py" line="149" />
            <source>meeting</source>
            <translation>cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="78" />
            <source>all</source>
            <translation>popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="80" />
            <source>the day to count answered feedback and closed targets from</source>
            <translation>y diwrnod i gyfrif adborth a atebwyd a thargedau a gaewyd ohono</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="83" />
            <source>{day} is after the paper's date ({today}): nothing can have been answered or done since then. Choose an earlier day.</source>
            <translation>Mae {day} ar ôl dyddiad y papur ({today}): ni allai dim fod wedi'i ateb na'i gwblhau ers hynny. Dewiswch ddiwrnod cynharach.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="214" />
            <source>No one called '{name}' is in this group's records. Check the spelling on the People page.</source>
            <translation>Nid oes neb o'r enw '{name}' yng nghofnodion y grŵp hwn. Gwiriwch y sillafu ar y dudalen Pobl a seddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/papers.py" line="261" />
            <source>{kind}, {day}</source>
            <translation>{kind}, {day}</translation>
        </message>
        <message>
            <source>{hour}:{minute:02d} am</source>
            <translation type="vanished">{hour}:{minute:02d} y.b.</translation>
        </message>
        <message>
            <source>{hour}:{minute:02d} pm</source>
            <translation type="vanished">{hour}:{minute:02d} y.h.</translation>
        </message>
    </context>
    <context>
        <name>PapersMenu</name>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="38" />
            <source>Something is being exported</source>
            <translation>Mae rhywbeth yn cael ei allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="39" />
            <source>Wait until the export is done (or stop it), then try again.</source>
            <translation>Arhoswch nes bydd yr allforio wedi gorffen (neu stopiwch ef), yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="63" />
            <source>A paper is still being exported; try again when it is done.</source>
            <translation>Mae papur yn dal i gael ei allforio; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="94" />
            <location filename="compactdesk/gui/papers_menu.py" line="114" />
            <source>Issue the agenda</source>
            <translation>Cyhoeddi'r agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="112" />
            <source>Issue the agenda for {day}</source>
            <translation>Cyhoeddi'r agenda ar gyfer {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/papers_menu.py" line="116" />
            <source>The agenda for {day} is marked as issued.</source>
            <translation>Nodwyd bod agenda {day} wedi'i chyhoeddi.</translation>
        </message>
    </context>
    <context>
        <name>PapersPanel</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="50" />
            <source>Papers for the selected item</source>
            <translation>Papurau ar gyfer yr eitem a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="58" />
            <source>Atta&amp;ch paper…</source>
            <translation>A&amp;todi papur…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="59" />
            <source>Attach a file to the selected item; it is kept inside the group's file</source>
            <translation>Atodi ffeil i'r eitem a ddewiswyd; caiff ei chadw yn ffeil y grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="61" />
            <source>&amp;Save paper as…</source>
            <translation>&amp;Cadw papur fel…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="62" />
            <source>Write the selected paper to a file (Enter or double-click)</source>
            <translation>Ysgrifennu'r papur a ddewiswyd i ffeil (Enter neu glicio ddwywaith)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="64" />
            <source>Rem&amp;ove paper</source>
            <translation>T&amp;ynnu papur</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="65" />
            <source>Remove the selected paper (Delete); Ctrl+Z takes it back</source>
            <translation>Tynnu'r papur a ddewiswyd (Delete); Ctrl+Z i'w ddadwneud</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="82" />
            <source>Paper</source>
            <translation>Papur</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="83" />
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="84" />
            <source>Added</source>
            <translation>Ychwanegwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="100" />
            <source>Choose an item to see its description and papers.</source>
            <translation>Dewiswch eitem i weld ei disgrifiad a'i phapurau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="104" />
            <source>Papers for item {number}: {title}</source>
            <translation>Papurau ar gyfer eitem {number}: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="109" />
            <source>No papers for this item. Attach one with “Attach paper…” (Alt+C).</source>
            <translation>Dim papurau ar gyfer yr eitem hon. Atodwch un gyda “Atodi papur…” (Alt+T).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="110" />
            <source>No item chosen.</source>
            <translation>Dim eitem wedi'i dewis.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="125" />
            <source>Attach a paper</source>
            <translation>Atodi papur</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="126" />
            <source>Papers (*.pdf *.docx *.doc *.odt *.rtf *.txt *.xlsx *.pptx);;All files (*)</source>
            <translation>Papurau (*.pdf *.docx *.doc *.odt *.rtf *.txt *.xlsx *.pptx);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="131" />
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="171" />
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="174" />
            <source>Save paper as</source>
            <translation>Cadw papur fel</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="142" />
            <source>Attach “{file}” to “{title}”</source>
            <translation>Atodi “{file}” i “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="153" />
            <source>CompactDesk could not read {file}: {reason}. Check that the file is still there and you can open it.</source>
            <translation>Nid oedd CompactDesk yn gallu darllen {file}: {reason}. Gwnewch yn siŵr bod y ffeil yno o hyd a'ch bod yn gallu ei hagor.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="175" />
            <source>CompactDesk could not write {file}: {reason}. Choose another folder or name.</source>
            <translation>Nid oedd CompactDesk yn gallu ysgrifennu {file}: {reason}. Dewiswch ffolder neu enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="178" />
            <source>Saved “{file}” to {path}.</source>
            <translation>Wedi cadw “{file}” yn {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_papers.py" line="184" />
            <source>Remove paper “{file}”</source>
            <translation>Tynnu papur “{file}”</translation>
        </message>
    </context>
    <context>
        <name>PartnersDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="199" />
            <source>{name} ({sector})</source>
            <translation>{name} ({sector})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="207" />
            <source>There are no organisations here yet. Add the council, the other public bodies and the voluntary organisations with “New organisation…”.</source>
            <translation>Nid oes sefydliadau yma eto. Ychwanegwch y cyngor, y cyrff cyhoeddus eraill a'r sefydliadau gwirfoddol gyda “Sefydliad newydd…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="210" />
            <location filename="ui/partners_dialog.ui" line="10" />
            <source>Tick each body that signed the compact. One not listed: “New organisation…” adds it.</source>
            <translation>Ticiwch bob corff a lofnododd y compact. Os nad yw un ar y rhestr, mae “Sefydliad newydd…” yn ei ychwanegu.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/compact.py" line="245" />
            <source>%n chosen</source>
            <translation>
                <numerusform>%n wedi'u dewis</numerusform>
                <numerusform>%n wedi'i ddewis</numerusform>
                <numerusform>%n wedi'u dewis</numerusform>
                <numerusform>%n wedi'u dewis</numerusform>
                <numerusform>%n wedi'u dewis</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="248" />
            <source>Choose partners</source>
            <translation>Dewis partneriaid</translation>
        </message>
        <message>
            <location filename="ui/partners_dialog.ui" line="6" />
            <source>Partner bodies that signed</source>
            <translation>Cyrff partner a lofnododd</translation>
        </message>
        <message>
            <location filename="ui/partners_dialog.ui" line="16" />
            <location filename="ui/partners_dialog.ui" line="17" />
            <source>Find an organisation</source>
            <translation>Chwilio am sefydliad</translation>
        </message>
        <message>
            <location filename="ui/partners_dialog.ui" line="23" />
            <source>Organisations that signed</source>
            <translation>Sefydliadau a lofnododd</translation>
        </message>
        <message>
            <location filename="ui/partners_dialog.ui" line="40" />
            <source>&amp;New organisation…</source>
            <translation>Sefydliad &amp;newydd…</translation>
        </message>
        <message>
            <location filename="ui/partners_dialog.ui" line="41" />
            <source>Add a new organisation (it is saved at once; Ctrl+Z takes it back)</source>
            <translation>Ychwanegu sefydliad newydd (caiff ei gadw ar unwaith; Ctrl+Z i'w ddadwneud)</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="243" />
            <location filename="compactdesk/gui/setup_pages.py" line="247" />
            <source>Partner bodies</source>
            <translation>Cyrff partner</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="244" />
            <source>Tick the public bodies that signed the compact, and add any others. The names can be changed: double-click one.</source>
            <translation>Ticiwch y cyrff cyhoeddus a lofnododd y compact, ac ychwanegwch unrhyw rai eraill. Gallwch newid yr enwau: cliciwch ddwywaith ar un.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="250" />
            <source>another body's name, then Enter</source>
            <translation>enw corff arall, yna Enter</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="251" />
            <source>Another partner body</source>
            <translation>Corff partner arall</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="252" />
            <source>&amp;Add</source>
            <translation>&amp;Ychwanegu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="271" />
            <source>A partner already; the Compact page changes the partners</source>
            <translation>Eisoes yn bartner; mae'r dudalen Compact yn newid y partneriaid</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="62" />
            <location filename="compactdesk/gui/pages/people.py" line="42" />
            <source>People &amp; seats</source>
            <translation>Pobl a seddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="33" />
            <source>&amp;Seats</source>
            <translation>&amp;Seddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="33" />
            <source>&amp;People</source>
            <translation>&amp;Pobl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="34" />
            <source>&amp;Organisations</source>
            <translation>Se&amp;fydliadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="35" />
            <source>Add a &amp;seat…</source>
            <translation>Ychwanegu &amp;sedd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="35" />
            <source>Add a &amp;person…</source>
            <translation>Ychwanegu &amp;person…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="36" />
            <source>Add an &amp;organisation…</source>
            <translation>Ychwanegu &amp;sefydliad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="55" />
            <source>New seat…</source>
            <translation>Sedd newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="55" />
            <source>New person…</source>
            <translation>Person newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="56" />
            <source>New organisation…</source>
            <translation>Sefydliad newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="71" />
            <source>Delete seat “{title}”</source>
            <translation>Dileu sedd “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="73" />
            <source>Delete person “{name}”</source>
            <translation>Dileu person “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="76" />
            <source>Delete organisation “{name}”</source>
            <translation>Dileu sefydliad “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="86" />
            <source>{name} personal data {day}.json</source>
            <translation>{name} data personol {day}.json</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="88" />
            <source>Export personal data</source>
            <translation>Allforio data personol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="89" />
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Ffeiliau JSON (*.json);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="97" />
            <source>The personal data was not exported</source>
            <translation>Ni chafodd y data personol ei allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="98" />
            <source>CompactDesk could not write {name}: {reason}. Choose another folder or name.</source>
            <translation>Nid oedd CompactDesk yn gallu ysgrifennu {name}: {reason}. Dewiswch ffolder neu enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="101" />
            <source>Everything held on {name} was written to {path}.</source>
            <translation>Mae popeth a gedwir am {name} wedi'i ysgrifennu i {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="117" />
            <source>Erase a person</source>
            <translation>Dileu person yn llwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people.py" line="126" />
            <source>Erase “{name}”</source>
            <translation>Dileu “{name}” yn llwyr</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="28" />
            <source>Export their &amp;personal data…</source>
            <translation>Allforio eu &amp;data personol…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="29" />
            <source>Everything held on the selected person, in one file, for a subject access request</source>
            <translation>Popeth a gedwir am y person a ddewiswyd, mewn un ffeil, ar gyfer cais gwrthrych am wybodaeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="31" />
            <source>E&amp;rase this person…</source>
            <translation>Dileu person yn &amp;llwyr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="32" />
            <source>Replace the selected person's name with “Former member” everywhere and clear their details; the group's records and figures stay</source>
            <translation>Rhoi “Cyn-aelod” yn lle enw'r person a ddewiswyd ym mhobman a chlirio eu manylion; mae cofnodion a ffigurau'r grŵp yn aros</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="54" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="55" />
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="56" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="57" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="58" />
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="59" />
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="60" />
            <source>Champion</source>
            <translation>Hyrwyddwr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="60" />
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="60" />
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="65" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="68" />
            <source>Search name, role, organisation, department or email (Ctrl+F)</source>
            <translation>Chwilio enw, rôl, sefydliad, adran neu e-bost (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_people.py" line="71" />
            <source>&lt;h3&gt;No people yet&lt;/h3&gt;&lt;p&gt;Add the group's members, the officers who owe it answers and each department's champion with Ctrl+N (their organisation can be added from the same form), or import them from a spreadsheet (&lt;nobr&gt;File ▸ Import&lt;/nobr&gt;).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim pobl eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch aelodau'r grŵp, y swyddogion sydd ag atebion yn ddyledus i'r grŵp a hyrwyddwr pob adran gyda Ctrl+N (gallwch ychwanegu eu sefydliad o'r un ffurflen), neu mewnforiwch nhw o daenlen (&lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;).&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/people_people.py" line="77" />
            <source>Showing {shown} of {total} · %n champion(s)</source>
            <translation>
                <numerusform>Yn dangos {shown} o {total} · %n hyrwyddwr</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n hyrwyddwr</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n hyrwyddwr</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n hyrwyddwr</numerusform>
                <numerusform>Yn dangos {shown} o {total} · %n hyrwyddwr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="59" />
            <source>New person</source>
            <translation>Person newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="65" />
            <source>Edit person</source>
            <translation>Golygu person</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="83" />
            <source>No organisation</source>
            <translation>Dim sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="93" />
            <source>Add person “{name}”</source>
            <translation>Ychwanegu person “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="95" />
            <source>Edit person “{name}”</source>
            <translation>Golygu person “{name}”</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="6" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="11" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="12" />
            <source>As they like it written, e.g. Cllr Gwenllïan Parry</source>
            <translation>Fel y maen nhw'n hoffi ei weld, e.e. Cyng. Gwenllïan Parry</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="13" />
            <source>&amp;Role:</source>
            <translation>&amp;Rôl:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="14" />
            <source>e.g. Head of Policy, Cabinet member, Trustee</source>
            <translation>e.e. Pennaeth Polisi, Aelod o'r Cabinet, Ymddiriedolwr</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="15" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Sefydliad:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="17" />
            <source>&amp;Department:</source>
            <translation>&amp;Adran:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="19" />
            <source>&amp;Email:</source>
            <translation>E-&amp;bost:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="21" />
            <source>&amp;Phone:</source>
            <translation>&amp;Ffôn:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="23" />
            <source>The compact's &amp;champion in their department</source>
            <translation>&amp;Hyrwyddwr y compact yn eu hadran</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="24" />
            <source>&amp;Address:</source>
            <translation>&amp;Cyfeiriad:</translation>
        </message>
        <message>
            <location filename="ui/person_dialog.ui" line="26" />
            <source>No&amp;tes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
    </context>
    <context>
        <name>Personal</name>
        <message>
            <location filename="compactdesk/services/mentions.py" line="298" />
            <location filename="compactdesk/services/personal.py" line="117" />
            <source>Former member</source>
            <translation>Cyn-aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/personal.py" line="136" />
            <source>There is no person with the number {ident} in this group's records. Refresh the list and choose again.</source>
            <translation>Nid oes person â'r rhif {ident} yng nghofnodion y grŵp hwn. Adnewyddwch y rhestr a dewiswch eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/personal.py" line="164" />
            <source>With “{neutral}” in place of their name, {place} would have the same name as another record. Nothing was erased. Rename one of the two, then erase again.</source>
            <translation>Gyda “{neutral}” yn lle eu henw, byddai {place} yn cael yr un enw â chofnod arall. Ni ddilëwyd dim. Ailenwch un o'r ddau, yna dilëwch eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/personal.py" line="174" />
            <source>The records changed after the list of mentions was made, so some of the mentions chosen are no longer where they were. Nothing was erased. Choose Erase this person again to see the mentions as they are now.</source>
            <translation>Newidiodd y cofnodion ar ôl i'r rhestr o gyfeiriadau at y person gael ei gwneud, felly nid yw rhai o'r cyfeiriadau a ddewiswyd lle'r oedden nhw mwyach. Ni ddilëwyd dim. Dewiswch Dileu person yn llwyr eto i weld y cyfeiriadau fel y maen nhw nawr.</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="26" />
            <source>Add a new person (they are saved at once; Ctrl+Z takes them back)</source>
            <translation>Ychwanegu person newydd (caiff ei gadw ar unwaith; Ctrl+Z i'w ddadwneud)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="30" />
            <source>Add a new organisation (it is saved at once; Ctrl+Z takes it back)</source>
            <translation>Ychwanegu sefydliad newydd (caiff ei gadw ar unwaith; Ctrl+Z i'w ddadwneud)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="34" />
            <source>Add a new public body (it is saved at once; Ctrl+Z takes it back)</source>
            <translation>Ychwanegu corff cyhoeddus newydd (caiff ei gadw ar unwaith; Ctrl+Z i'w ddadwneud)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="85" />
            <source>New…</source>
            <translation>Newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="129" />
            <source>Add a new person</source>
            <translation>Ychwanegu person newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="144" />
            <source>Add a new public body</source>
            <translation>Ychwanegu corff cyhoeddus newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pickers.py" line="145" />
            <source>Add a new organisation</source>
            <translation>Ychwanegu sefydliad newydd</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="95" />
            <source>The first {shown} of {listed} rows are shown; all of them will be imported.</source>
            <translation>Dangosir y {shown} rhes gyntaf o {listed}; caiff pob un ei fewnforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="108" />
            <source>The rows as they will be imported</source>
            <translation>Y rhesi fel y byddan nhw'n cael eu mewnforio</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <location filename="compactdesk/gui/import_preview.py" line="140" />
            <source>Problems found in the file</source>
            <translation>Problemau a gafwyd yn y ffeil</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="128" />
            <location filename="ui/progress_dialog.ui" line="6" />
            <source>Add progress</source>
            <translation>Ychwanegu cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="133" />
            <source>Add progress to “{title}”</source>
            <translation>Ychwanegu cynnydd at “{title}”</translation>
        </message>
        <message>
            <location filename="ui/progress_dialog.ui" line="16" />
            <source>&amp;Date:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <location filename="ui/progress_dialog.ui" line="18" />
            <source>&amp;What was done:</source>
            <translation>&amp;Beth a wnaed:</translation>
        </message>
        <message>
            <location filename="ui/progress_dialog.ui" line="19" />
            <source>For example: two training sessions held; one more booked for May</source>
            <translation>Er enghraifft: cynhaliwyd dwy sesiwn hyfforddi; un arall wedi'i threfnu ar gyfer mis Mai</translation>
        </message>
    </context>
    <context>
        <name>QuestionsBox</name>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="202" />
            <source>Check: the file says “{typed}” (row {rows})</source>
            <translation>Gwiriwch: mae'r ffeil yn dweud “{typed}” (rhes {rows})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="203" />
            <source>Check: the file says “{typed}” (rows {rows})</source>
            <translation>Gwiriwch: mae'r ffeil yn dweud “{typed}” (rhesi {rows})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="209" />
            <source>The organisation “{typed}” is</source>
            <translation>Y sefydliad “{typed}” yw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="210" />
            <source>Check: the file says “{typed}”</source>
            <translation>Gwiriwch: mae'r ffeil yn dweud “{typed}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/import_matching.py" line="215" />
            <source>a new organisation, “{typed}”</source>
            <translation>sefydliad newydd, “{typed}”</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/import_matching.py" line="192" />
            <source>&lt;b&gt;Check %n organisation(s) the file names differently from any held.&lt;/b&gt; The nearest held one is chosen: change it where it is not the one meant.</source>
            <translation>
                <numerusform>&lt;b&gt;Gwiriwch %n sefydliad y mae'r ffeil yn eu henwi'n wahanol i unrhyw un a gedwir.&lt;/b&gt; Dewiswyd yr un agosaf a gedwir: newidiwch hwnnw lle nad dyna'r un a olygir.</numerusform>
                <numerusform>&lt;b&gt;Gwiriwch %n sefydliad y mae'r ffeil yn ei enwi'n wahanol i unrhyw un a gedwir.&lt;/b&gt; Dewiswyd yr un agosaf a gedwir: newidiwch hwnnw os nad dyna'r un a olygir.</numerusform>
                <numerusform>&lt;b&gt;Gwiriwch %n sefydliad y mae'r ffeil yn eu henwi'n wahanol i unrhyw un a gedwir.&lt;/b&gt; Dewiswyd yr un agosaf a gedwir: newidiwch hwnnw lle nad dyna'r un a olygir.</numerusform>
                <numerusform>&lt;b&gt;Gwiriwch %n sefydliad y mae'r ffeil yn eu henwi'n wahanol i unrhyw un a gedwir.&lt;/b&gt; Dewiswyd yr un agosaf a gedwir: newidiwch hwnnw lle nad dyna'r un a olygir.</numerusform>
                <numerusform>&lt;b&gt;Gwiriwch %n sefydliad y mae'r ffeil yn eu henwi'n wahanol i unrhyw un a gedwir.&lt;/b&gt; Dewiswyd yr un agosaf a gedwir: newidiwch hwnnw lle nad dyna'r un a olygir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <location filename="ui/rating_dialog.ui" line="6" />
            <source>Rating</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="ui/rating_dialog.ui" line="24" />
            <source>From the records:</source>
            <translation>O'r cofnodion:</translation>
        </message>
        <message>
            <location filename="ui/rating_dialog.ui" line="26" />
            <source>The year before:</source>
            <translation>Y flwyddyn flaenorol:</translation>
        </message>
        <message>
            <location filename="ui/rating_dialog.ui" line="28" />
            <source>&amp;Rating:</source>
            <translation>&amp;Sgôr:</translation>
        </message>
        <message>
            <location filename="ui/rating_dialog.ui" line="30" />
            <source>&amp;Evidence:</source>
            <translation>&amp;Tystiolaeth:</translation>
        </message>
        <message>
            <location filename="ui/rating_dialog.ui" line="31" />
            <source>What shows it: examples, figures, papers, what members said</source>
            <translation>Beth sy'n ei ddangos: enghreifftiau, ffigurau, papurau, yr hyn a ddywedodd aelodau</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="120" />
            <source>Double-click or press Enter to open it</source>
            <translation>Cliciwch ddwywaith neu pwyswch Enter i'w agor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="128" />
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="141" />
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="143" />
            <source>No deadline</source>
            <translation>Dim dyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="136" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="136" />
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="136" />
            <source>Feedback owed</source>
            <translation>Adborth sy'n ddyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="137" />
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="138" />
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="139" />
            <source>Raised</source>
            <translation>Codwyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="141" />
            <source>Due</source>
            <translation>Dyledus</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/meeting_parts.py" line="144" />
            <source>Where it stands</source>
            <translation>Sefyllfa</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="compactdesk/services/records.py" line="56" />
            <source>There is no table called '{name}' in this group's file.</source>
            <translation>Nid oes tabl o'r enw '{name}' yn ffeil y grŵp hwn.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="35" />
            <source>There is no good backup of it in {folder}. You can choose a backup kept elsewhere (a USB stick, say), or open the file as it is to read and export what can still be read.</source>
            <translation>Nid oes copi wrth gefn da ohoni yn {folder}. Gallwch ddewis copi wrth gefn a gedwir yn rhywle arall (cof bach USB, dyweder), neu agor y ffeil fel y mae i ddarllen ac allforio'r hyn y gellir ei ddarllen o hyd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="42" />
            <source>The newest good backup was made on {day} at {time}. It holds {meetings}, {targets} and {feedback}. Restoring it replaces the damaged file, which is copied beside the backups first, so nothing is lost.</source>
            <translation>Gwnaed y copi wrth gefn da diweddaraf ar {day} am {time}. Mae'n cynnwys {meetings}, {targets} a {feedback}. Mae ei adfer yn disodli'r ffeil sydd wedi'i difrodi, a gaiff ei chopïo wrth ymyl y copïau wrth gefn yn gyntaf, felly ni chollir dim.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/recovery.py" line="46" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/recovery.py" line="47" />
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
                <numerusform>%n targed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/recovery.py" line="48" />
            <source>%n feedback item(s)</source>
            <translation>
                <numerusform>%n eitem adborth</numerusform>
                <numerusform>%n eitem adborth</numerusform>
                <numerusform>%n eitem adborth</numerusform>
                <numerusform>%n eitem adborth</numerusform>
                <numerusform>%n eitem adborth</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="55" />
            <source>This group's file is damaged</source>
            <translation>Mae ffeil y grŵp hwn wedi'i difrodi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="58" />
            <source>&amp;Restore the newest good backup</source>
            <translation>&amp;Adfer y copi wrth gefn da diweddaraf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="60" />
            <source>&amp;Choose a backup…</source>
            <translation>&amp;Dewis copi wrth gefn…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="61" />
            <source>&amp;Keep working on it as it is</source>
            <translation>Dal i &amp;weithio arni fel y mae</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="62" />
            <source>&amp;Open it as it is</source>
            <translation>&amp;Ei hagor fel y mae</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="76" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="77" />
            <source>This backup looks like another group's records. {reason}

Restore it all the same?</source>
            <translation>Mae'r copi wrth gefn hwn yn edrych fel cofnodion grŵp arall. {reason}

Ei adfer er hynny?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="124" />
            <source>CompactDesk cannot open the group's file</source>
            <translation>Ni all CompactDesk agor ffeil y grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="131" />
            <source>The backup was not restored</source>
            <translation>Ni adferwyd y copi wrth gefn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/recovery.py" line="134" />
            <source>The backup was restored. The damaged file was copied beside the backups first.</source>
            <translation>Adferwyd y copi wrth gefn. Copïwyd y ffeil a oedd wedi'i difrodi wrth ymyl y copïau wrth gefn yn gyntaf.</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="35" />
            <source> and %n more</source>
            <translation>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
                <numerusform> a %n arall</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="51" />
            <source>Signed up now</source>
            <translation>Wedi ymrwymo nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="51" />
            <source>All signatures</source>
            <translation>Pob llofnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="52" />
            <source>Not signed — who to invite</source>
            <translation>Heb lofnodi — pwy i'w wahodd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="55" />
            <source>Sho&amp;wing:</source>
            <translation>&amp;Dangos:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="58" />
            <source>&amp;Sign up…</source>
            <translation>&amp;Ymrwymo…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="59" />
            <source>Record that an organisation signed up to the compact (Ctrl+N)</source>
            <translation>Cofnodi bod sefydliad wedi ymrwymo i'r compact (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="60" />
            <source>Sign &amp;again…</source>
            <translation>Ymrwymo &amp;eto…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="61" />
            <source>After a reorganisation: the chosen signature lapses and a new one starts on the same day</source>
            <translation>Ar ôl ad-drefnu: mae'r llofnod a ddewiswyd yn dod i ben ac un newydd yn dechrau ar yr un diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="63" />
            <source>Record a &amp;lapse…</source>
            <translation>Cofnodi dod i &amp;ben…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="64" />
            <source>The chosen organisation no longer counts as signed up from a day, e.g. it closed or merged</source>
            <translation>Nid yw'r sefydliad a ddewiswyd yn cyfrif fel un sydd wedi ymrwymo o ddyddiad penodol ymlaen, e.e. am ei fod wedi cau neu uno</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="102" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="103" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="105" />
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="106" />
            <source>Signed on</source>
            <translation>Llofnodwyd ar</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="108" />
            <source>Lapsed on</source>
            <translation>Daeth i ben ar</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="110" />
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="112" />
            <source>Earlier</source>
            <translation>Cynt</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="115" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="120" />
            <source>Voluntary and community</source>
            <translation>Gwirfoddol a chymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="124" />
            <source>Not signed</source>
            <translation>Heb lofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="126" />
            <source>Signed up</source>
            <translation>Wedi ymrwymo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="128" />
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="128" />
            <source>Lapsed</source>
            <translation>Wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="133" />
            <source>{name} is not signed up to the compact today ({today}). Press Enter to sign them up.</source>
            <translation>Nid yw {name} wedi ymrwymo i'r compact heddiw ({today}). Pwyswch Enter i gofnodi ymrwymiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="136" />
            <source>This signature counts today ({today}).</source>
            <translation>Mae'r llofnod hwn yn cyfrif heddiw ({today}).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="138" />
            <source>This signature counts from {day}.</source>
            <translation>Mae'r llofnod hwn yn cyfrif o {day} ymlaen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="139" />
            <source>This signature lapsed on {day}; it no longer counts.</source>
            <translation>Daeth y llofnod hwn i ben ar {day}; nid yw'n cyfrif mwyach.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="147" />
            <source>Signed %n time(s) before</source>
            <translation>
                <numerusform>Wedi llofnodi %n gwaith o'r blaen</numerusform>
                <numerusform>Wedi llofnodi %n gwaith o'r blaen</numerusform>
                <numerusform>Wedi llofnodi %n gwaith o'r blaen</numerusform>
                <numerusform>Wedi llofnodi %n gwaith o'r blaen</numerusform>
                <numerusform>Wedi llofnodi %n gwaith o'r blaen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="148" />
            <source>Never signed up</source>
            <translation>Erioed wedi ymrwymo</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="149" />
            <source>%n earlier signature(s) by this organisation</source>
            <translation>
                <numerusform>%n llofnod cynharach gan y sefydliad hwn</numerusform>
                <numerusform>%n llofnod cynharach gan y sefydliad hwn</numerusform>
                <numerusform>%n llofnod cynharach gan y sefydliad hwn</numerusform>
                <numerusform>%n llofnod cynharach gan y sefydliad hwn</numerusform>
                <numerusform>%n llofnod cynharach gan y sefydliad hwn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="152" />
            <source>Sign-up register</source>
            <translation>Cofrestr ymrwymo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="155" />
            <source>Search organisation, sector, tags or note (Ctrl+F)</source>
            <translation>Chwilio sefydliad, sector, tagiau neu nodyn (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="160" />
            <source>&lt;h3&gt;Every organisation is signed up&lt;/h3&gt;&lt;p&gt;Nobody is left to invite. Organisations added on the People &amp;amp; seats page appear here until they sign.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Mae pob sefydliad wedi ymrwymo&lt;/h3&gt;&lt;p&gt;Does neb ar ôl i'w wahodd. Mae sefydliadau a ychwanegir ar y dudalen Pobl a seddi yn ymddangos yma nes iddyn nhw lofnodi.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="163" />
            <source>&lt;h3&gt;Nobody is signed up today&lt;/h3&gt;&lt;p&gt;Every signature has lapsed. Choose “All signatures” to see them, or sign an organisation up with Ctrl+N.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Does neb wedi ymrwymo heddiw&lt;/h3&gt;&lt;p&gt;Mae pob llofnod wedi dod i ben. Dewiswch “Pob llofnod” i'w gweld, neu cofnodwch fod sefydliad yn ymrwymo gyda Ctrl+N.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="165" />
            <source>&lt;h3&gt;No sign-ups yet&lt;/h3&gt;&lt;p&gt;When an organisation signs up to the compact, record it here with Ctrl+N: who has signed, and how many small, BME and rural groups among them, is itself a measure of the compact.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim ymrwymiadau eto&lt;/h3&gt;&lt;p&gt;Pan fydd sefydliad yn ymrwymo i'r compact, cofnodwch hynny yma gyda Ctrl+N: mae pwy sydd wedi llofnodi, a faint o grwpiau bach, BME a gwledig sydd yn eu plith, yn un o fesurau'r compact ynddo'i hun.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="214" />
            <source>Showing {shown} of {total} signed up now</source>
            <translation>Yn dangos {shown} o {total} sydd wedi ymrwymo nawr</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="215" />
            <source>Showing {shown} of %n signature(s)</source>
            <translation>
                <numerusform>Yn dangos {shown} o %n llofnod</numerusform>
                <numerusform>Yn dangos {shown} o %n llofnod</numerusform>
                <numerusform>Yn dangos {shown} o %n llofnod</numerusform>
                <numerusform>Yn dangos {shown} o %n llofnod</numerusform>
                <numerusform>Yn dangos {shown} o %n llofnod</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="216" />
            <source>Showing {shown} of {total} not signed</source>
            <translation>Yn dangos {shown} o {total} heb lofnodi</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="250" />
            <source>%n organisation(s) signed up</source>
            <translation>
                <numerusform>%n sefydliad wedi ymrwymo</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo</numerusform>
                <numerusform>%n sefydliad wedi ymrwymo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="251" />
            <source>&lt;b&gt;{headline}&lt;/b&gt;: {vcs} voluntary and community, {public} public. {tags}</source>
            <translation>&lt;b&gt;{headline}&lt;/b&gt;: {vcs} gwirfoddol a chymunedol, {public} cyhoeddus. {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="254" />
            <source>%n signed up for the first time in {year}.</source>
            <translation>
                <numerusform>%n wedi ymrwymo am y tro cyntaf yn {year}.</numerusform>
                <numerusform>%n wedi ymrwymo am y tro cyntaf yn {year}.</numerusform>
                <numerusform>%n wedi ymrwymo am y tro cyntaf yn {year}.</numerusform>
                <numerusform>%n wedi ymrwymo am y tro cyntaf yn {year}.</numerusform>
                <numerusform>%n wedi ymrwymo am y tro cyntaf yn {year}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/signup_register.py" line="260" />
            <source>%n not signed up yet</source>
            <translation>
                <numerusform>%n heb ymrwymo eto</numerusform>
                <numerusform>%n heb ymrwymo eto</numerusform>
                <numerusform>%n heb ymrwymo eto</numerusform>
                <numerusform>%n heb ymrwymo eto</numerusform>
                <numerusform>%n heb ymrwymo eto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="263" />
            <source>Every organisation in this group's records is signed up.</source>
            <translation>Mae pob sefydliad yng nghofnodion y grŵp hwn wedi ymrwymo.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="268" />
            <source>Signed up on {day}, by sector:</source>
            <translation>Wedi ymrwymo ar {day}, fesul sector:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="270" />
            <source>An organisation with two tags counts under both.</source>
            <translation>Mae sefydliad â dau dag yn cyfrif o dan y ddau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup_register.py" line="273" />
            <source>Not signed up, by tag (choose “Not signed — who to invite” to see them all):</source>
            <translation>Heb ymrwymo, fesul tag (dewiswch “Heb lofnodi — pwy i'w wahodd” i'w gweld i gyd):</translation>
        </message>
    </context>
    <context>
        <name>RelationshipDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="207" />
            <source>Choose a rating…</source>
            <translation>Dewiswch sgôr…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="209" />
            <source>New relationship rating</source>
            <translation>Sgôr perthynas newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="212" />
            <source>Edit relationship rating</source>
            <translation>Golygu sgôr perthynas</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="223" />
            <source>Record the relationship rating of {date}</source>
            <translation>Cofnodi'r sgôr perthynas ar gyfer {date}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/monitoring.py" line="225" />
            <source>Edit the relationship rating of {date}</source>
            <translation>Golygu'r sgôr perthynas ar gyfer {date}</translation>
        </message>
        <message>
            <location filename="ui/relationship_dialog.ui" line="6" />
            <source>Relationship rating</source>
            <translation>Sgôr perthynas</translation>
        </message>
        <message>
            <location filename="ui/relationship_dialog.ui" line="10" />
            <source>How do the two sectors rate their relationship, from 1 (poor) to 5 (strong)? Say in the note where the rating came from: a survey, a vote at the annual review, the liaison group's own view.</source>
            <translation>Pa sgôr y mae'r ddau sector yn ei rhoi i'w perthynas, o 1 (gwael) i 5 (cryf)? Nodwch yn y nodyn o ble daeth y sgôr: arolwg, pleidlais yn yr adolygiad blynyddol, barn y grŵp cyswllt ei hun.</translation>
        </message>
        <message>
            <location filename="ui/relationship_dialog.ui" line="16" />
            <source>&amp;Date:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <location filename="ui/relationship_dialog.ui" line="18" />
            <source>&amp;Rating:</source>
            <translation>&amp;Sgôr:</translation>
        </message>
        <message>
            <location filename="ui/relationship_dialog.ui" line="20" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
    </context>
    <context>
        <name>RelationshipTab</name>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="26" />
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="101" />
            <source>New rating…</source>
            <translation>Sgôr newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="31" />
            <source>&amp;New rating…</source>
            <translation>Sgôr &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="32" />
            <source>Record how the two sectors rate their relationship now (Ctrl+N)</source>
            <translation>Cofnodi pa sgôr y mae'r ddau sector yn ei rhoi i'w perthynas nawr (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="34" />
            <source>Edi&amp;t…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="35" />
            <source>Change the chosen rating (Enter or F2)</source>
            <translation>Newid y sgôr a ddewiswyd (Enter neu F2)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="37" />
            <source>De&amp;lete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="38" />
            <source>Remove the chosen rating (Delete; Ctrl+Z takes it back)</source>
            <translation>Dileu'r sgôr a ddewiswyd (Delete; Ctrl+Z i'w ddadwneud)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="58" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="59" />
            <source>Rating</source>
            <translation>Sgôr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="61" />
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="65" />
            <source>Relationship ratings</source>
            <translation>Sgorau perthynas</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="68" />
            <source>Search the dates, ratings and notes (Ctrl+F)</source>
            <translation>Chwilio'r dyddiadau, y sgorau a'r nodiadau (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="71" />
            <source>&lt;h3&gt;No relationship ratings yet&lt;/h3&gt;&lt;p&gt;Each time the group takes stock, at the annual review say, record how the two sectors rate their relationship from 1 (poor) to 5 (strong) with Ctrl+N. Over the years the ratings show whether trust is growing.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim sgorau perthynas eto&lt;/h3&gt;&lt;p&gt;Bob tro y bydd y grŵp yn pwyso a mesur, yn yr adolygiad blynyddol er enghraifft, cofnodwch gyda Ctrl+N pa sgôr y mae'r ddau sector yn ei rhoi i'w perthynas, o 1 (gwael) i 5 (cryf). Dros y blynyddoedd bydd y sgorau'n dangos a yw'r ymddiriedaeth yn tyfu.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="81" />
            <source>No rating recorded in {year}.</source>
            <translation>Dim sgôr wedi'i chofnodi yn {year}.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="84" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="85" />
            <source>In {year}: {count}, {mean} of 5 on average.</source>
            <translation>Yn {year}: {count}, {mean} o 5 ar gyfartaledd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="89" />
            <source>Average by year: {years}.</source>
            <translation>Cyfartaledd fesul blwyddyn: {years}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_relationship.py" line="120" />
            <source>Delete the relationship rating of {date}</source>
            <translation>Dileu'r sgôr perthynas ar gyfer {date}</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="193" />
            <source>Change the resolution</source>
            <translation>Newid y datrysiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="193" />
            <source>Resolve a dispute</source>
            <translation>Datrys anghydfod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="194" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Raised on {day}.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Codwyd ar {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="198" />
            <source>Resolving records “{stage}” in the dispute's history on that day.</source>
            <translation>Mae datrys yn cofnodi “{stage}” yn hanes yr anghydfod ar y diwrnod hwnnw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="206" />
            <source>What was decided or agreed, and by whom</source>
            <translation>Beth a benderfynwyd neu a gytunwyd, a chan bwy</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="209" />
            <source>Resolved &amp;on:</source>
            <translation>Datryswyd &amp;ar:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="209" />
            <source>O&amp;utcome:</source>
            <translation>&amp;Canlyniad:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="225" />
            <source>Change the resolution of “{title}”</source>
            <translation>Newid datrysiad “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="225" />
            <source>Resolve “{title}”</source>
            <translation>Datrys “{title}”</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="28" />
            <source>CompactDesk group files and backups (*.cdstore);;All files (*)</source>
            <translation>Ffeiliau grŵp a chopïau wrth gefn CompactDesk (*.cdstore);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="43" />
            <source>Choose the backup to bring back. Everything typed since it was made is replaced, but not lost: this group's file as it is now is backed up first, so you can come back to it the same way.</source>
            <translation>Dewiswch y copi wrth gefn i'w adfer. Bydd popeth a deipiwyd ers iddo gael ei wneud yn cael ei ddisodli, ond ni fydd yn cael ei golli: caiff ffeil y grŵp hwn fel y mae nawr ei chadw wrth gefn yn gyntaf, felly gallwch ddod yn ôl ati yn yr un ffordd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="46" />
            <source>Backups are kept in {folder}</source>
            <translation>Cedwir copïau wrth gefn yn {folder}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="58" />
            <source>&amp;Restore this backup</source>
            <translation>&amp;Adfer y copi wrth gefn hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="72" />
            <source>There are no backups of {name} in its backup folder yet. CompactDesk makes one the first time the file is opened each day, and File ▸ Back up now makes one at once. A backup kept elsewhere can be chosen with “Choose a backup file…”.</source>
            <translation>Nid oes copïau wrth gefn o {name} yn ei ffolder copïau wrth gefn eto. Mae CompactDesk yn gwneud un y tro cyntaf yr agorir y ffeil bob dydd, ac mae Ffeil ▸ Gwneud copi wrth gefn nawr yn gwneud un ar unwaith. Gallwch ddewis copi wrth gefn a gedwir yn rhywle arall gyda “Dewis ffeil copi wrth gefn…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="84" />
            <source>Made</source>
            <translation>Gwnaed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="86" />
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="87" />
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="88" />
            <source>Meetings</source>
            <translation>Cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="89" />
            <source>Targets</source>
            <translation>Targedau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="90" />
            <source>Feedback</source>
            <translation>Adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="91" />
            <source>State</source>
            <translation>Cyflwr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="96" />
            <source>Before an upgrade</source>
            <translation>Cyn uwchraddio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="97" />
            <source>Daily</source>
            <translation>Dyddiol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="97" />
            <source>Made by hand</source>
            <translation>Â llaw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="98" />
            <source>Before a restore</source>
            <translation>Cyn adfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="102" />
            <source>Damaged: cannot be used</source>
            <translation>Wedi'i ddifrodi: ni ellir ei ddefnyddio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="104" />
            <source>From a newer CompactDesk</source>
            <translation>O fersiwn fwy newydd o CompactDesk</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="105" />
            <source>Good</source>
            <translation>Da</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/backups.py" line="116" />
            <source>Choose a backup</source>
            <translation>Dewis copi wrth gefn</translation>
        </message>
        <message>
            <location filename="ui/restore_dialog.ui" line="6" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location filename="ui/restore_dialog.ui" line="16" />
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <location filename="ui/restore_dialog.ui" line="33" />
            <source>Choose a backup &amp;file…</source>
            <translation>Dewis &amp;ffeil copi wrth gefn…</translation>
        </message>
        <message>
            <location filename="ui/restore_dialog.ui" line="34" />
            <source>A backup kept elsewhere: on a USB stick, or one made with “Back up to a folder”</source>
            <translation>Copi wrth gefn a gedwir yn rhywle arall: ar gof bach USB, neu un a wnaed gyda “Copi wrth gefn i ffolder”</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="compactdesk/gui/search.py" line="110" />
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="122" />
            <source>↓ ↑ move through the results · Enter opens · Esc closes</source>
            <translation>↓ ↑ symud drwy'r canlyniadau · Enter yn agor · Esc yn cau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="141" />
            <source>Nothing found for “{text}”. Try fewer words, or the start of a word.</source>
            <translation>Dim wedi'i ganfod ar gyfer “{text}”. Rhowch gynnig ar lai o eiriau, neu ddechrau gair.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="144" />
            <source>Results: {count}, grouped by kind</source>
            <translation>Canlyniadau: {count}, wedi'u grwpio fesul math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="157" />
            <source>More in {kind}: type another word to narrow the search</source>
            <translation>Mwy o dan {kind}: teipiwch air arall i gyfyngu'r chwilio</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <location filename="compactdesk/services/review.py" line="417" />
            <source>champion</source>
            <translation>hyrwyddwr</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="448" />
            <source>no figure</source>
            <translation>dim ffigur</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="448" />
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="465" />
            <source>no answers yet</source>
            <translation>dim atebion eto</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="466" />
            <source>median %n day(s) to answer</source>
            <translation>
                <numerusform>canolrif o %n diwrnod i ateb</numerusform>
                <numerusform>canolrif o %n diwrnod i ateb</numerusform>
                <numerusform>canolrif o %n diwrnod i ateb</numerusform>
                <numerusform>canolrif o %n diwrnod i ateb</numerusform>
                <numerusform>canolrif o %n diwrnod i ateb</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="467" />
            <source>None recorded</source>
            <translation>Dim wedi'i gofnodi</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="468" />
            <source>{mean} of 5 on average ({count})</source>
            <translation>{mean} o 5 ar gyfartaledd ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="469" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
                <numerusform>%n sgôr</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="471" />
            <source>None in the year</source>
            <translation>Dim yn y flwyddyn</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="473" />
            <source>{done} of %n target(s) that fell due done ({pct}); {overdue} overdue; {later} due later in the year</source>
            <translation>
                <numerusform>{done} o %n targed a ddaeth yn ddyledus wedi'u cwblhau ({pct}); {overdue} yn hwyr; {later} yn ddyledus yn nes ymlaen yn y flwyddyn</numerusform>
                <numerusform>{done} o %n targed a ddaeth yn ddyledus wedi'u cwblhau ({pct}); {overdue} yn hwyr; {later} yn ddyledus yn nes ymlaen yn y flwyddyn</numerusform>
                <numerusform>{done} o %n targed a ddaeth yn ddyledus wedi'u cwblhau ({pct}); {overdue} yn hwyr; {later} yn ddyledus yn nes ymlaen yn y flwyddyn</numerusform>
                <numerusform>{done} o %n targed a ddaeth yn ddyledus wedi'u cwblhau ({pct}); {overdue} yn hwyr; {later} yn ddyledus yn nes ymlaen yn y flwyddyn</numerusform>
                <numerusform>{done} o %n targed a ddaeth yn ddyledus wedi'u cwblhau ({pct}); {overdue} yn hwyr; {later} yn ddyledus yn nes ymlaen yn y flwyddyn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="477" />
            <source>{pct} answered on time ({n} of {due} come due); {median}</source>
            <translation>{pct} wedi'u hateb mewn pryd ({n} o {due} a ddaeth yn ddyledus); {median}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="481" />
            <source>No meetings held</source>
            <translation>Ni chynhaliwyd cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="481" />
            <source>No register taken at the meetings</source>
            <translation>Ni chymerwyd cofrestr yn y cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="482" />
            <source>Statutory partners {pct} of their seats over {meetings}</source>
            <translation>Partneriaid statudol: {pct} o'u seddi dros {meetings}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="484" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
                <numerusform>%n cyfarfod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="485" />
            <source>{met} of %n consultation(s) met the standard; {short} short with no reason, {late} without feedback in time</source>
            <translation>
                <numerusform>{met} o %n ymgynghoriad wedi bodloni'r safon; {short} yn fyr heb reswm, {late} heb adborth mewn pryd</numerusform>
                <numerusform>{met} o %n ymgynghoriad wedi bodloni'r safon; {short} yn fyr heb reswm, {late} heb adborth mewn pryd</numerusform>
                <numerusform>{met} o %n ymgynghoriad wedi bodloni'r safon; {short} yn fyr heb reswm, {late} heb adborth mewn pryd</numerusform>
                <numerusform>{met} o %n ymgynghoriad wedi bodloni'r safon; {short} yn fyr heb reswm, {late} heb adborth mewn pryd</numerusform>
                <numerusform>{met} o %n ymgynghoriad wedi bodloni'r safon; {short} yn fyr heb reswm, {late} heb adborth mewn pryd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="489" />
            <source>%n response(s) to consultations closing in the year</source>
            <translation>
                <numerusform>%n ymateb i ymgynghoriadau a gaeodd yn y flwyddyn</numerusform>
                <numerusform>%n ymateb i ymgynghoriadau a gaeodd yn y flwyddyn</numerusform>
                <numerusform>%n ymateb i ymgynghoriadau a gaeodd yn y flwyddyn</numerusform>
                <numerusform>%n ymateb i ymgynghoriadau a gaeodd yn y flwyddyn</numerusform>
                <numerusform>%n ymateb i ymgynghoriadau a gaeodd yn y flwyddyn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="491" />
            <source>{ok} of %n funding notice(s) gave enough notice</source>
            <translation>
                <numerusform>{ok} o %n rhybudd am newid cyllid wedi rhoi digon o rybudd</numerusform>
                <numerusform>{ok} o %n rhybudd am newid cyllid wedi rhoi digon o rybudd</numerusform>
                <numerusform>{ok} o %n rhybudd am newid cyllid wedi rhoi digon o rybudd</numerusform>
                <numerusform>{ok} o %n rhybudd am newid cyllid wedi rhoi digon o rybudd</numerusform>
                <numerusform>{ok} o %n rhybudd am newid cyllid wedi rhoi digon o rybudd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="493" />
            <source>{opened} opened, {resolved} resolved, {open} still open</source>
            <translation>{opened} wedi'u hagor, {resolved} wedi'u datrys, {open} yn dal ar agor</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="495" />
            <source>{total} signed up ({new} new){tags}</source>
            <translation>{total} wedi ymrwymo ({new} o'r newydd){tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="497" />
            <source>{in_force} of %n code(s) in force; {adopted} adopted and {reviewed} reviewed in the year</source>
            <translation>
                <numerusform>{in_force} o %n cod mewn grym; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn y flwyddyn</numerusform>
                <numerusform>{in_force} o %n cod mewn grym; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn y flwyddyn</numerusform>
                <numerusform>{in_force} o %n cod mewn grym; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn y flwyddyn</numerusform>
                <numerusform>{in_force} o %n cod mewn grym; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn y flwyddyn</numerusform>
                <numerusform>{in_force} o %n cod mewn grym; {adopted} wedi'u mabwysiadu a {reviewed} wedi'u hadolygu yn y flwyddyn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="501" />
            <source>Known for the current year only</source>
            <translation>Yn hysbys ar gyfer y flwyddyn gyfredol yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/services/review.py" line="502" />
            <source>No departments recorded</source>
            <translation>Dim adrannau wedi'u cofnodi</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/review.py" line="502" />
            <source>{covered} of %n department(s) with a {word}</source>
            <translation>
                <numerusform>{covered} o %n adran gyda {word}</numerusform>
                <numerusform>{covered} o %n adran gyda {word}</numerusform>
                <numerusform>{covered} o %n adran gyda {word}</numerusform>
                <numerusform>{covered} o %n adran gyda {word}</numerusform>
                <numerusform>{covered} o %n adran gyda {word}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="29" />
            <source>Your own words for the annual review: how the year went, and what the group means to do next. They go into the annual review paper as written here.</source>
            <translation>Eich geiriau eich hun ar gyfer yr adolygiad blynyddol: sut aeth y flwyddyn, a beth mae'r grŵp yn bwriadu ei wneud nesaf. Maen nhw'n mynd i bapur yr adolygiad blynyddol fel y'u hysgrifennwyd yma.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="33" />
            <source>What went well, what did not, and what the figures and ratings do not show</source>
            <translation>Beth aeth yn dda, beth nad aeth yn dda, a'r hyn nad yw'r ffigurau a'r sgorau'n ei ddangos</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="35" />
            <source>The few things to put first next year</source>
            <translation>Yr ychydig bethau i'w rhoi gyntaf y flwyddyn nesaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="47" />
            <source>S&amp;ave</source>
            <translation>C&amp;adw</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="48" />
            <source>Save both boxes now (they are also saved when you leave them)</source>
            <translation>Cadw'r ddau flwch nawr (maen nhw hefyd yn cael eu cadw pan fyddwch yn eu gadael)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="79" />
            <source>&amp;Summary of {year}:</source>
            <translation>&amp;Crynodeb o {year}:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="80" />
            <source>&amp;Priorities for {year}:</source>
            <translation>&amp;Blaenoriaethau ar gyfer {year}:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="121" />
            <source>Edit the review words for {year}</source>
            <translation>Golygu geiriau'r adolygiad ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="123" />
            <source>Edit the summary of {year}</source>
            <translation>Golygu'r crynodeb o {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="125" />
            <source>Edit the priorities for {year}</source>
            <translation>Golygu'r blaenoriaethau ar gyfer {year}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="169" />
            <source>Not saved yet: saved when you leave the box, or with Save (Alt+A).</source>
            <translation>Heb ei gadw eto: caiff ei gadw pan fyddwch yn gadael y blwch, neu drwy bwyso Cadw (Alt+A).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/monitoring_review.py" line="170" />
            <source>Saved as you go; Ctrl+Z takes the last change back.</source>
            <translation>Caiff ei gadw wrth i chi fynd; mae Ctrl+Z yn dadwneud y newid diwethaf.</translation>
        </message>
    </context>
    <context>
        <name>Safekeeping</name>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="29" />
            <source>&amp;Back up now</source>
            <translation>Gwneud copi &amp;wrth gefn nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="31" />
            <source>Make a checked copy of this group's file in its backup folder now (Ctrl+B)</source>
            <translation>Gwneud copi wedi'i wirio o ffeil y grŵp hwn yn ei ffolder copïau wrth gefn nawr (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="33" />
            <source>Back up to a &amp;folder…</source>
            <translation>Copi wrth gefn i &amp;ffolder…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="34" />
            <source>&amp;Restore from a backup…</source>
            <translation>Adfe&amp;r o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="35" />
            <source>Export e&amp;verything…</source>
            <translation>Allforio &amp;popeth…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="37" />
            <source>Every paper of every year and every record as a spreadsheet, in one folder: for a new secretary or an archive</source>
            <translation>Pob papur o bob blwyddyn a phob cofnod fel taenlen, mewn un ffolder: ar gyfer ysgrifennydd newydd neu archif</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="53" />
            <source>Back up to a folder (a USB stick, say)</source>
            <translation>Copi wrth gefn i ffolder (cof bach USB, er enghraifft)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="68" />
            <source>Backed up and checked: {path}</source>
            <translation>Copi wrth gefn wedi'i wneud a'i wirio: {path}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="70" />
            <source>Back up</source>
            <translation>Gwneud copi wrth gefn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="96" />
            <source>the backup made {day} at {time}</source>
            <translation>y copi wrth gefn a wnaed ar {day} am {time}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="114" />
            <source>Checking the backup</source>
            <translation>Wrthi'n gwirio'r copi wrth gefn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="124" />
            <source>Bring back {what}?

Everything in {name} is replaced by what the backup holds. The file as it is now is backed up first (“Before a restore”), so you can come back to it the same way.</source>
            <translation>Adfer {what}?

Bydd popeth yn y ffeil {name} yn cael ei ddisodli gan yr hyn sydd yn y copi wrth gefn. Caiff y ffeil fel y mae nawr ei chadw wrth gefn yn gyntaf (“Cyn adfer”), felly gallwch ddod yn ôl ati yn yr un ffordd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="128" />
            <source>This backup looks like another group's records. {reason}

{question}</source>
            <translation>Mae'r copi wrth gefn hwn yn edrych fel cofnodion grŵp arall. {reason}

{question}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="130" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="148" />
            <source>Restoring</source>
            <translation>Wrthi'n adfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="155" />
            <source>The backup was not restored</source>
            <translation>Ni chafodd y copi wrth gefn ei adfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="159" />
            <source>Restored {what}. The file as it was before is kept as a backup made before the restore.</source>
            <translation>Wedi adfer {what}. Mae'r ffeil fel yr oedd o'r blaen wedi'i chadw fel copi wrth gefn a wnaed cyn adfer.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="173" />
            <source>Export everything into a folder</source>
            <translation>Allforio popeth i ffolder</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="compactdesk/services/search.py" line="49" />
            <source>Meetings</source>
            <translation>Cyfarfodydd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="50" />
            <source>Action plan targets</source>
            <translation>Targedau'r cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="51" />
            <source>Feedback</source>
            <translation>Adborth</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="52" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="53" />
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="54" />
            <source>Codes of practice</source>
            <translation>Codau ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="55" />
            <source>Consultations</source>
            <translation>Ymgynghoriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="56" />
            <source>Disputes</source>
            <translation>Anghydfodau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="201" />
            <source>{kind}, {day}</source>
            <translation>{kind}, {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="205" />
            <source>{meeting} — item {number}: {title}</source>
            <translation>{meeting} — eitem {number}: {title}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/search.py" line="213" />
            <source>{name}, {role}</source>
            <translation>{name}, {role}</translation>
        </message>
    </context>
    <context>
        <name>SearchEverything</name>
        <message>
            <location filename="compactdesk/gui/search.py" line="201" />
            <source>Search everything (Ctrl+K)</source>
            <translation>Chwilio popeth (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="202" />
            <source>Search everything</source>
            <translation>Chwilio popeth</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="204" />
            <source>Finds meetings, targets, feedback, people, organisations, codes, consultations and disputes by their words. Results appear below as you type: Down moves to them, Enter opens one, Esc closes.</source>
            <translation>Yn dod o hyd i gyfarfodydd, targedau, adborth, pobl, sefydliadau, codau, ymgynghoriadau ac anghydfodau yn ôl eu geiriau. Mae'r canlyniadau'n ymddangos isod wrth i chi deipio: mae ↓ yn symud atyn nhw, Enter yn agor un, Esc yn cau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="212" />
            <source>Search e&amp;verything…</source>
            <translation>Chwilio &amp;popeth…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/search.py" line="215" />
            <source>Search every meeting, target, feedback item, person and more (Ctrl+K)</source>
            <translation>Chwilio pob cyfarfod, targed, eitem adborth, person a mwy (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SeatDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="170" />
            <source>New seat</source>
            <translation>Sedd newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="172" />
            <source>Edit seat</source>
            <translation>Golygu sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="184" />
            <source>Nobody in particular</source>
            <translation>Neb yn benodol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="201" />
            <source>Add seat “{title}”</source>
            <translation>Ychwanegu sedd “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="203" />
            <source>Edit seat “{title}”</source>
            <translation>Golygu sedd “{title}”</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="6" />
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="11" />
            <source>&amp;Seat:</source>
            <translation>&amp;Sedd (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="12" />
            <source>What the seat is, e.g. Cabinet member for communities</source>
            <translation>Beth yw'r sedd, e.e. Aelod y Cabinet dros gymunedau</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="13" />
            <source>In &amp;Welsh:</source>
            <translation>Yn &amp;Gymraeg:</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="13" />
            <location filename="ui/seat_dialog.ui" line="14" />
            <source>Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.</source>
            <translation>Mae papurau Cymraeg a dwyieithog, a'r ffenestr yn Gymraeg, yn defnyddio hwn. Os yw'n wag, maen nhw'n defnyddio'r Saesneg.</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="14" />
            <source>For example: Cynrychiolydd y sector gwirfoddol</source>
            <translation>Er enghraifft: Cynrychiolydd y sector gwirfoddol</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="15" />
            <source>Se&amp;ctor:</source>
            <translation>Se&amp;ctor:</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="17" />
            <source>&amp;Filled by:</source>
            <translation>&amp;Dull llenwi:</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="19" />
            <source>&amp;Reserved for:</source>
            <translation>&amp;Neilltuwyd ar gyfer:</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="20" />
            <source>Who the place is kept for, e.g. BME forum, small and unfunded groups</source>
            <translation>Ar gyfer pwy y cedwir y lle, e.e. fforwm BME, grwpiau bach heb gyllid</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="21" />
            <source>&amp;Nominated by:</source>
            <translation>&amp;Enwebwyd gan:</translation>
        </message>
        <message>
            <location filename="ui/seat_dialog.ui" line="23" />
            <source>No&amp;tes:</source>
            <translation>N&amp;odiadau:</translation>
        </message>
    </context>
    <context>
        <name>Seats</name>
        <message>
            <location filename="compactdesk/services/seats.py" line="21" />
            <source>way of filling the seat</source>
            <translation>y ffordd o lenwi'r sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="22" />
            <source>who the seat is reserved for</source>
            <translation>ar gyfer pwy y neilltuwyd y sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="24" />
            <source>Say who the reserved seat is for, for example 'BME forum'.</source>
            <translation>Dywedwch ar gyfer pwy y neilltuwyd y sedd, er enghraifft 'fforwm BME'.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="27" />
            <source>the seat's title</source>
            <translation>teitl y sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="29" />
            <source>the seat's title in Welsh</source>
            <translation>teitl y sedd yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="30" />
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="34" />
            <source>nominating organisation</source>
            <translation>y sefydliad sy'n enwebu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="35" />
            <source>the notes</source>
            <translation>y nodiadau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="55" />
            <location filename="compactdesk/services/seats.py" line="80" />
            <location filename="compactdesk/services/seats.py" line="115" />
            <location filename="compactdesk/services/seats.py" line="191" />
            <location filename="compactdesk/services/seats.py" line="215" />
            <source>seat</source>
            <translation>sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="68" />
            <location filename="compactdesk/services/seats.py" line="85" />
            <location filename="compactdesk/services/seats.py" line="96" />
            <source>the end of the term</source>
            <translation>diwedd y tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="68" />
            <source>its start</source>
            <translation>ei ddechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="71" />
            <source>no end date</source>
            <translation>dim dyddiad gorffen</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="72" />
            <source>{person} already holds this seat from {start} to {end}. End that term first, or choose dates that do not overlap.</source>
            <translation>Mae {person} eisoes yn dal y sedd hon o {start} tan {end}. Gorffennwch y tymor hwnnw'n gyntaf, neu dewiswch ddyddiadau nad ydyn nhw'n gorgyffwrdd.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="82" />
            <source>Choose who is taking the seat.</source>
            <translation>Dewiswch bwy sy'n cymryd y sedd.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="83" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="84" />
            <location filename="compactdesk/services/seats.py" line="95" />
            <location filename="compactdesk/services/setup.py" line="258" />
            <source>the start of the term</source>
            <translation>dechrau'r tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/services/seats.py" line="94" />
            <location filename="compactdesk/services/seats.py" line="103" />
            <location filename="compactdesk/services/seats.py" line="197" />
            <source>term</source>
            <translation>tymor</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/services/seats.py" line="118" />
            <source>{title} has a history of %n term(s), which removing it would lose. If the seat was added by mistake, remove its terms first; a seat no longer used can stay vacant.</source>
            <translation>
                <numerusform>Mae gan y sedd {title} hanes o %n tymor, a fyddai'n cael ei golli pe bai'r sedd yn cael ei thynnu. Os ychwanegwyd y sedd drwy gamgymeriad, tynnwch ei thymhorau yn gyntaf; gall sedd nad yw'n cael ei defnyddio mwyach aros yn wag.</numerusform>
                <numerusform>Mae gan y sedd {title} hanes o %n tymor, a fyddai'n cael ei golli pe bai'r sedd yn cael ei thynnu. Os ychwanegwyd y sedd drwy gamgymeriad, tynnwch ei thymhorau yn gyntaf; gall sedd nad yw'n cael ei defnyddio mwyach aros yn wag.</numerusform>
                <numerusform>Mae gan y sedd {title} hanes o %n tymor, a fyddai'n cael ei golli pe bai'r sedd yn cael ei thynnu. Os ychwanegwyd y sedd drwy gamgymeriad, tynnwch ei thymhorau yn gyntaf; gall sedd nad yw'n cael ei defnyddio mwyach aros yn wag.</numerusform>
                <numerusform>Mae gan y sedd {title} hanes o %n tymor, a fyddai'n cael ei golli pe bai'r sedd yn cael ei thynnu. Os ychwanegwyd y sedd drwy gamgymeriad, tynnwch ei thymhorau yn gyntaf; gall sedd nad yw'n cael ei defnyddio mwyach aros yn wag.</numerusform>
                <numerusform>Mae gan y sedd {title} hanes o %n tymor, a fyddai'n cael ei golli pe bai'r sedd yn cael ei thynnu. Os ychwanegwyd y sedd drwy gamgymeriad, tynnwch ei thymhorau yn gyntaf; gall sedd nad yw'n cael ei defnyddio mwyach aros yn wag.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeatsPage</name>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="73" />
            <location filename="compactdesk/gui/setup_seats.py" line="79" />
            <source>Seats and their members</source>
            <translation>Seddi a'u haelodau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="74" />
            <source>One row a seat: who holds it, their organisation and email, and when their term started (today if left empty). A row with no seat's title is named after the organisation. Leave it empty to add seats later on People &amp; seats.</source>
            <translation>Un rhes i bob sedd: pwy sy'n ei dal, eu sefydliad a'u he-bost, a phryd y dechreuodd eu tymor (heddiw os caiff ei adael yn wag). Caiff rhes heb deitl sedd ei henwi ar ôl y sefydliad. Gadewch hyn yn wag i ychwanegu seddi yn nes ymlaen ar y dudalen Pobl a seddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="80" />
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="80" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="80" />
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="81" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="81" />
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="81" />
            <source>Term starts</source>
            <translation>Dechrau'r tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="95" />
            <source>&amp;Import from a spreadsheet…</source>
            <translation>&amp;Mewnforio o daenlen…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="96" />
            <source>Fills the grid from an Excel, LibreOffice or CSV file of seats and their members, or of people (one seat each)</source>
            <translation>Yn llenwi'r grid o ffeil Excel, LibreOffice neu CSV o seddi a'u haelodau, neu o bobl (un sedd yr un)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="99" />
            <source>Add a &amp;row</source>
            <translation>Ychwanegu &amp;rhes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="101" />
            <source>Re&amp;move rows</source>
            <translation>&amp;Tynnu rhesi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="102" />
            <source>Removes the rows of the cells selected</source>
            <translation>Yn tynnu rhesi'r celloedd a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="118" />
            <source>Copy cells in Excel or LibreOffice and press Ctrl+V here to paste them.</source>
            <translation>Copïwch gelloedd yn Excel neu LibreOffice a phwyswch Ctrl+V yma i'w gludo.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="133" />
            <source>Import seats and members from a spreadsheet</source>
            <translation>Mewnforio seddi ac aelodau o daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="154" />
            <source>Left out, to put right in the file and import again or to type in:</source>
            <translation>Wedi'u gadael allan, i'w cywiro yn y ffeil a'u mewnforio eto neu i'w teipio:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_seats.py" line="157" />
            <source>To check in the rows put in:</source>
            <translation>I'w gwirio yn y rhesi a roddwyd i mewn:</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/setup_seats.py" line="151" />
            <source>%n row(s) of {file} put in the grid.</source>
            <translation>
                <numerusform>Rhoddwyd %n rhes o {file} yn y grid.</numerusform>
                <numerusform>Rhoddwyd %n rhes o {file} yn y grid.</numerusform>
                <numerusform>Rhoddwyd %n rhes o {file} yn y grid.</numerusform>
                <numerusform>Rhoddwyd %n rhes o {file} yn y grid.</numerusform>
                <numerusform>Rhoddwyd %n rhes o {file} yn y grid.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeatsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="69" />
            <source>Who has held the seat</source>
            <translation>Pwy sydd wedi dal y sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="80" />
            <source>&amp;Appoint…</source>
            <translation>&amp;Penodi…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="81" />
            <source>Record who takes this seat, from when, and until when if known</source>
            <translation>Cofnodi pwy sy'n cymryd y sedd hon, o ba ddyddiad, a than pryd os yw'n hysbys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="83" />
            <source>&amp;Change term…</source>
            <translation>&amp;Newid tymor…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="84" />
            <source>Correct the dates of the chosen term</source>
            <translation>Cywiro dyddiadau'r tymor a ddewiswyd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="86" />
            <source>E&amp;nd term…</source>
            <translation>&amp;Gorffen tymor…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="87" />
            <source>Give the chosen term its last day, e.g. after a resignation</source>
            <translation>Rhoi diwrnod olaf i'r tymor a ddewiswyd, e.e. ar ôl ymddiswyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="89" />
            <source>&amp;Remove term</source>
            <translation>&amp;Tynnu tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="90" />
            <source>Take a term recorded by mistake out of the history</source>
            <translation>Tynnu o'r hanes dymor a gofnodwyd mewn camgymeriad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="118" />
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="119" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="121" />
            <source>How it is filled</source>
            <translation>Sut caiff ei llenwi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="122" />
            <location filename="compactdesk/gui/pages/people_seats.py" line="208" />
            <source>Held by</source>
            <translation>Deiliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="122" />
            <source>Nobody</source>
            <translation>Neb</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="123" />
            <source>Term from</source>
            <translation>Tymor o</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="125" />
            <source>Term until</source>
            <translation>Tymor tan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="127" />
            <source>State</source>
            <translation>Cyflwr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="140" />
            <source>Reserved for {who}</source>
            <translation>Wedi'i neilltuo ar gyfer {who}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="142" />
            <source>Nominated by {organisation}</source>
            <translation>Enwebydd: {organisation}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="148" />
            <source>{how}; nominated by {organisation}</source>
            <translation>{how}; enwebydd: {organisation}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="154" />
            <location filename="compactdesk/gui/pages/people_seats.py" line="211" />
            <source>no end date</source>
            <translation>dim dyddiad gorffen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="159" />
            <source>Vacant since {day}</source>
            <translation>Yn wag ers {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="160" />
            <source>Vacant, never filled</source>
            <translation>Yn wag, heb ei llenwi erioed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="160" />
            <source>Vacant</source>
            <translation>Yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="164" />
            <source>Seats</source>
            <translation>Seddi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="167" />
            <source>Search seat, sector, holder or state (Ctrl+F)</source>
            <translation>Chwilio sedd, sector, deiliad neu gyflwr (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="170" />
            <source>&lt;h3&gt;No seats yet&lt;/h3&gt;&lt;p&gt;Add the group's seats and who holds them (Ctrl+N for each place at the table, public bodies and voluntary sector alike), or import them from a spreadsheet (&lt;nobr&gt;File ▸ Import&lt;/nobr&gt;).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dim seddi eto&lt;/h3&gt;&lt;p&gt;Ychwanegwch seddi'r grŵp a phwy sy'n eu dal (Ctrl+N ar gyfer pob lle wrth y bwrdd, i'r cyrff cyhoeddus a'r sector gwirfoddol fel ei gilydd), neu mewnforiwch nhw o daenlen (&lt;nobr&gt;Ffeil ▸ Mewnforio&lt;/nobr&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="176" />
            <source>Showing {shown} of {total} · {vacant} vacant</source>
            <translation>Yn dangos {shown} o {total} · {vacant} yn wag</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="182" />
            <source>&lt;b&gt;Public sector:&lt;/b&gt; {public}, {public_filled} filled · &lt;b&gt;Voluntary and community sector:&lt;/b&gt; {vcs}, {vcs_filled} filled</source>
            <translation>&lt;b&gt;Sector cyhoeddus:&lt;/b&gt; {public}, {public_filled} wedi'u llenwi · &lt;b&gt;Sector gwirfoddol a chymunedol:&lt;/b&gt; {vcs}, {vcs_filled} wedi'u llenwi</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/people_seats.py" line="184" />
            <location filename="compactdesk/gui/pages/people_seats.py" line="185" />
            <source>%n seat(s)</source>
            <translation>
                <numerusform>%n sedd</numerusform>
                <numerusform>%n sedd</numerusform>
                <numerusform>%n sedd</numerusform>
                <numerusform>%n sedd</numerusform>
                <numerusform>%n sedd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="191" />
            <source>The sides are unequal: {public} to {vcs}.</source>
            <translation>Nid yw'r ddwy ochr yn gyfartal: {public} i {vcs}.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/people_seats.py" line="192" />
            <source>%n public seat(s)</source>
            <translation>
                <numerusform>%n sedd gyhoeddus</numerusform>
                <numerusform>%n sedd gyhoeddus</numerusform>
                <numerusform>%n sedd gyhoeddus</numerusform>
                <numerusform>%n sedd gyhoeddus</numerusform>
                <numerusform>%n sedd gyhoeddus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/pages/people_seats.py" line="193" />
            <source>%n voluntary sector seat(s)</source>
            <translation>
                <numerusform>%n sedd sector gwirfoddol</numerusform>
                <numerusform>%n sedd sector gwirfoddol</numerusform>
                <numerusform>%n sedd sector gwirfoddol</numerusform>
                <numerusform>%n sedd sector gwirfoddol</numerusform>
                <numerusform>%n sedd sector gwirfoddol</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="195" />
            <source>Filled seats are out of balance today: {public} public to {vcs} voluntary sector.</source>
            <translation>Nid yw'r seddi a lenwyd yn gytbwys heddiw: {public} cyhoeddus i {vcs} sector gwirfoddol.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="209" />
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="211" />
            <source>Until</source>
            <translation>Tan</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="213" />
            <source>Now</source>
            <translation>Nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="223" />
            <source>Starts later</source>
            <translation>Yn dechrau'n nes ymlaen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="224" />
            <source>Holds the seat now</source>
            <translation>Yn dal y sedd nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="224" />
            <source>Ended</source>
            <translation>Wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="236" />
            <source>Nobody has held this seat yet. Choose “Appoint…” to record who takes it.</source>
            <translation>Does neb wedi dal y sedd hon eto. Dewiswch “Penodi…” i gofnodi pwy sy'n ei chymryd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="237" />
            <source>Each person who has held the chosen seat is listed here, with the dates of their term.</source>
            <translation>Mae pob person sydd wedi dal y sedd a ddewiswyd wedi'i restru yma, gyda dyddiadau eu tymor.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="249" />
            <source>Choose a seat to see who has held it.</source>
            <translation>Dewiswch sedd i weld pwy sydd wedi'i dal.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="255" />
            <source>&lt;b&gt;Who has held “{title}”&lt;/b&gt; · {sector} · {how}</source>
            <translation>&lt;b&gt;Pwy sydd wedi dal “{title}”&lt;/b&gt; · {sector} · {how}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/people_seats.py" line="292" />
            <source>Remove {person}'s term on “{seat}”</source>
            <translation>Tynnu tymor {person} ar “{seat}”</translation>
        </message>
    </context>
    <context>
        <name>Seeded</name>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="15" />
            <source>Funding and procurement</source>
            <translation>Cyllido a chaffael</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="16" />
            <source>Consultation and policy appraisal</source>
            <translation>Ymgynghori ac arfarnu polisi</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="17" />
            <source>Volunteering</source>
            <translation>Gwirfoddoli</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="18" />
            <source>Black and minority ethnic voluntary and community organisations</source>
            <translation>Sefydliadau gwirfoddol a chymunedol du a lleiafrifoedd ethnig</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="19" />
            <source>Community groups</source>
            <translation>Grwpiau cymunedol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="24" />
            <source>Informal discussion</source>
            <translation>Trafodaeth anffurfiol</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="25" />
            <source>Raised at the liaison group</source>
            <translation>Codi yn y grŵp cyswllt</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="26" />
            <source>Mediation</source>
            <translation>Cyfryngu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="27" />
            <source>Councillor's call-in</source>
            <translation>Galw i mewn gan gynghorydd</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="28" />
            <source>Arbitration</source>
            <translation>Cyflafareddu</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="29" />
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="34" />
            <source>Where did the compact start from: was there a compact, a liaison group, codes of practice or an action plan?</source>
            <translation>O ble y dechreuodd y compact: a oedd compact, grŵp cyswllt, codau ymarfer neu gynllun gweithredu?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="36" />
            <source>How did the two sectors rate their relationship at the start?</source>
            <translation>Sut roedd y ddau sector yn barnu eu perthynas ar y dechrau?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="37" />
            <source>Are resources committed to developing and running the compact, in cash or in kind, in proportion to each partner's size?</source>
            <translation>A oes adnoddau wedi'u neilltuo i ddatblygu a rhedeg y compact, mewn arian neu mewn nwyddau, yn gymesur â maint pob partner?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="39" />
            <source>Are there champions in every sector and department, supported with time and money?</source>
            <translation>A oes hyrwyddwyr ym mhob sector ac adran, gydag amser ac arian i'w cefnogi?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="40" />
            <source>Is there a dedicated post or budget, and are small groups reimbursed for the cost of taking part?</source>
            <translation>A oes swydd neu gyllideb benodol, ac a yw grwpiau bach yn cael ad-daliad am gost cymryd rhan?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="42" />
            <source>Is there political ownership: do senior officers and councillors take part, with commitment from the top?</source>
            <translation>A oes perchnogaeth wleidyddol: a yw uwch swyddogion a chynghorwyr yn cymryd rhan, gydag ymrwymiad o'r brig?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="44" />
            <source>Is information about the compact spread widely and regularly, and part of staff induction in both sectors?</source>
            <translation>A yw gwybodaeth am y compact yn cael ei lledaenu'n eang ac yn rheolaidd, ac yn rhan o gyfnod sefydlu staff yn y ddau sector?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="46" />
            <source>Have the codes of practice been agreed by all parties, and are they used day to day?</source>
            <translation>A yw'r codau ymarfer wedi'u cytuno gan bob parti, ac a ydynt yn cael eu defnyddio o ddydd i ddydd?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="48" />
            <source>Is there an action plan with clear targets and responsibilities, reviewed at least every year or two?</source>
            <translation>A oes cynllun gweithredu gyda thargedau a chyfrifoldebau clir, sy'n cael ei adolygu o leiaf bob blwyddyn neu ddwy?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="50" />
            <source>Is there a disputes procedure that people know and use, with a way to appeal?</source>
            <translation>A oes gweithdrefn anghydfodau y mae pobl yn ei hadnabod ac yn ei defnyddio, gyda ffordd o apelio?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="51" />
            <source>Are the measures of the compact's success agreed with all who have a stake in it?</source>
            <translation>A yw mesurau llwyddiant y compact wedi'u cytuno â phawb sydd â rhan ynddo?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="52" />
            <source>Who has signed up to the compact, small, BME, rural and volunteer-only groups included?</source>
            <translation>Pwy sydd wedi ymrwymo i'r compact, gan gynnwys grwpiau bach, BME, gwledig a gwirfoddolwyr yn unig?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="54" />
            <source>Do organisations, staff and councillors know what the compact is and where to find it?</source>
            <translation>A yw sefydliadau, staff a chynghorwyr yn gwybod beth yw'r compact a ble i ddod o hyd iddo?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="56" />
            <source>Have the actions in the action plan taken place?</source>
            <translation>A yw'r camau yn y cynllun gweithredu wedi digwydd?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="57" />
            <source>Are funding decisions made in line with the codes, with organisations told in good time?</source>
            <translation>A yw penderfyniadau cyllid yn cael eu gwneud yn unol â'r codau, gyda sefydliadau'n cael gwybod mewn da bryd?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="59" />
            <source>How often do consultation periods, or feedback to those who responded, fall short of the standard?</source>
            <translation>Pa mor aml y mae cyfnodau ymgynghori, neu adborth i'r rhai a ymatebodd, yn brin o'r safon?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="61" />
            <source>Are disputes resolved through the compact, to the satisfaction of all parties?</source>
            <translation>A yw anghydfodau'n cael eu datrys drwy'r compact, er boddhad pob parti?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="62" />
            <source>Are BME and small community groups as involved as larger organisations?</source>
            <translation>A yw grwpiau BME a grwpiau cymunedol bach yn cymryd cymaint o ran â sefydliadau mwy?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="63" />
            <source>Is representation balanced, and do all parties keep taking part?</source>
            <translation>A yw'r gynrychiolaeth yn gytbwys, ac a yw pob parti'n dal i gymryd rhan?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="64" />
            <source>Do all parties keep the undertakings of the compact, the voluntary sector included?</source>
            <translation>A yw pob parti'n cadw at ymrwymiadau'r compact, gan gynnwys y sector gwirfoddol?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="66" />
            <source>Do all parties 'compact-proof' new policies and plans?</source>
            <translation>A yw pob parti'n gwirio polisïau a chynlluniau newydd yn erbyn y compact?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="67" />
            <source>Has trust between the sectors grown, with fewer crises and disputes?</source>
            <translation>A yw'r ymddiriedaeth rhwng y sectorau wedi tyfu, gyda llai o argyfyngau ac anghydfodau?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="68" />
            <source>Has the number of responses to consultations changed?</source>
            <translation>A yw nifer yr ymatebion i ymgynghoriadau wedi newid?</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/seeded_words.py" line="69" />
            <source>Are there examples where the compact plainly made a difference?</source>
            <translation>A oes enghreifftiau lle mae'r compact yn amlwg wedi gwneud gwahaniaeth?</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <location filename="compactdesk/services/setup.py" line="114" />
            <source>{area} County Council</source>
            <translation>Cyngor Sir {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="115" />
            <source>{area} Health Board</source>
            <translation>Bwrdd Iechyd {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="116" />
            <source>{area} Police</source>
            <translation>Heddlu {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="117" />
            <source>{area} Fire and Rescue Service</source>
            <translation>Gwasanaeth Tân ac Achub {area}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="149" />
            <source>“{typed}” is not held by that name; it may be {held}. Write the name as held, or press Finish again to add it as a new organisation.</source>
            <translation>Does dim sefydliad o'r enw “{typed}” yn y ffeil; efallai mai {held} ydyw. Ysgrifennwch yr enw fel y mae yn y ffeil, neu pwyswch Gorffen eto i'w ychwanegu fel sefydliad newydd.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="152" />
            <source> or </source>
            <translation> neu </translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="208" />
            <source>Partner bodies are recorded on the compact, and this group's file has none yet. Give the group's name on the first page, or leave the partner bodies for later.</source>
            <translation>Caiff y cyrff partner eu cofnodi ar y compact, a does dim compact yn ffeil y grŵp hwn eto. Rhowch enw'r grŵp ar y dudalen gyntaf, neu gadewch y cyrff partner tan yn nes ymlaen.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="222" />
            <source>Member {number}</source>
            <translation>Aelod {number}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup.py" line="277" />
            <source>Seats, row {number}: {problem}</source>
            <translation>Seddi, rhes {number}: {problem}</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup_sheet.py" line="69" />
            <source>“{typed}” may be {held}, already in this group's file: if it is, write the name as held in the grid; left as it is, it is added as a new organisation.</source>
            <translation>Efallai mai {held} yw “{typed}”, sydd eisoes yn ffeil y grŵp hwn: os felly, ysgrifennwch yr enw fel y mae yn y ffeil yn y grid; os caiff ei adael fel y mae, caiff ei ychwanegu fel sefydliad newydd.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/setup_sheet.py" line="74" />
            <source>{file} has no rows of seats or people under its headings.</source>
            <translation>Does dim rhesi o seddi neu bobl o dan benawdau {file}.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="44" />
            <source>Set up the compact “{name}”</source>
            <translation>Sefydlu'r compact “{name}”</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="6" />
            <source>Set up the compact</source>
            <translation>Sefydlu'r compact</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="10" />
            <source>Give the compact's name and the area it covers, and say where it stands now. Everything else (the standards, the partners, the words your group uses) can be filled in afterwards.</source>
            <translation>Rhowch enw'r compact a'r ardal y mae'n ei chwmpasu, a nodwch ble mae'n sefyll nawr. Gellir llenwi popeth arall (y safonau, y partneriaid, y geiriau y mae'ch grŵp yn eu defnyddio) wedyn.</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="17" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw (Saesneg):</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="18" />
            <source>For example: Dyfnant Compact</source>
            <translation>Er enghraifft: Compact Dyfnant</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="19" />
            <source>In &amp;Welsh:</source>
            <translation>Yn &amp;Gymraeg:</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="19" />
            <location filename="ui/setup_dialog.ui" line="20" />
            <source>Welsh and bilingual papers, and the window in Welsh, use this. Left empty, they use the English.</source>
            <translation>Mae papurau Cymraeg a dwyieithog, a'r ffenestr yn Gymraeg, yn defnyddio hwn. Os yw'n wag, maen nhw'n defnyddio'r Saesneg.</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="20" />
            <source>For example: Compact Sir Ddinbych</source>
            <translation>Er enghraifft: Compact Sir Ddinbych</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="21" />
            <source>&amp;Area:</source>
            <translation>&amp;Ardal:</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="22" />
            <source>The county, borough or district it covers</source>
            <translation>Y sir, y fwrdeistref neu'r ardal y mae'n ei chwmpasu</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="23" />
            <source>Where it &amp;stands now:</source>
            <translation>Ble mae'n &amp;sefyll nawr:</translation>
        </message>
        <message>
            <location filename="ui/setup_dialog.ui" line="25" />
            <source>Si&amp;nce:</source>
            <translation>E&amp;rs:</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="118" />
            <location filename="compactdesk/gui/setup_wizard.py" line="206" />
            <source>Set up the group</source>
            <translation>Sefydlu'r grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="121" />
            <source>Not now</source>
            <translation>Nid nawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="122" />
            <source>&amp;Finish</source>
            <translation>&amp;Gorffen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="171" />
            <source>&lt;b&gt;The group:&lt;/b&gt; {name}{area}, a {group}; a {champion} speaks for each partner.</source>
            <translation>&lt;b&gt;Y grŵp:&lt;/b&gt; {name}{area}, sef {group}; mae {champion} yn siarad dros bob partner.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="178" />
            <source>&lt;b&gt;Standards:&lt;/b&gt; consultations of {weeks} weeks, feedback on them within {feedback} weeks, {months} months' funding notice, officers answer within {days} days.</source>
            <translation>&lt;b&gt;Safonau:&lt;/b&gt; ymgynghoriadau o {weeks} wythnos, adborth arnynt o fewn {feedback} wythnos, rhybudd o {months} mis am newid cyllid, swyddogion yn ateb o fewn {days} diwrnod.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="185" />
            <source>&lt;b&gt;The group:&lt;/b&gt; not named yet. Its name, words, standards and partner bodies can be given later, on the Compact page or with File ▸ Set up the group…</source>
            <translation>&lt;b&gt;Y grŵp:&lt;/b&gt; heb ei enwi eto. Gellir rhoi ei enw, ei eiriau, ei safonau a'i gyrff partner yn nes ymlaen, ar y dudalen Compact neu drwy Ffeil ▸ Sefydlu'r grŵp…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="187" />
            <source>none yet</source>
            <translation>dim eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="189" />
            <source>&lt;b&gt;Partner bodies:&lt;/b&gt; {names}.</source>
            <translation>&lt;b&gt;Cyrff partner:&lt;/b&gt; {names}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="192" />
            <source>&lt;b&gt;Seats to add:&lt;/b&gt; {seats} (with a member: {members}).</source>
            <translation>&lt;b&gt;Seddi i'w hychwanegu:&lt;/b&gt; {seats} (gydag aelod: {members}).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="193" />
            <source>&lt;b&gt;Seats:&lt;/b&gt; none yet.</source>
            <translation>&lt;b&gt;Seddi:&lt;/b&gt; dim eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="196" />
            <source>&lt;b&gt;First meeting:&lt;/b&gt; not planned yet.</source>
            <translation>&lt;b&gt;Cyfarfod cyntaf:&lt;/b&gt; heb ei drefnu eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="198" />
            <source> at {venue}</source>
            <translation> (lleoliad: {venue})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="199" />
            <source>, with the standing items</source>
            <translation>, gyda'r eitemau sefydlog</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="200" />
            <source>&lt;b&gt;First meeting:&lt;/b&gt; {day}, {time}{venue}{items}.</source>
            <translation>&lt;b&gt;Cyfarfod cyntaf:&lt;/b&gt; {day}, {time}{venue}{items}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="238" />
            <source>The group is not set up yet</source>
            <translation>Nid yw'r grŵp wedi'i sefydlu eto</translation>
        </message>
    </context>
    <context>
        <name>SheetOp</name>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="122" />
            <source>Exporting “{table}” to a spreadsheet</source>
            <translation>Allforio “{table}” i daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="128" />
            <source>Reading the rows</source>
            <translation>Wrthi'n darllen y rhesi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="131" />
            <source>The spreadsheet was not written</source>
            <translation>Ni chafodd y daenlen ei hysgrifennu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="134" />
            <source>The export was stopped; no spreadsheet was written.</source>
            <translation>Cafodd yr allforio ei atal; ni chafodd unrhyw daenlen ei hysgrifennu.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="138" />
            <source>Something went wrong that CompactDesk did not expect, so the spreadsheet was not written. The group's file was not changed: every record is as it was.

Details are in {log}. Please send that file with a note of the table you were exporting.</source>
            <translation>Aeth rhywbeth o'i le nad oedd CompactDesk yn ei ddisgwyl, felly ni chafodd y daenlen ei hysgrifennu. Ni newidiwyd ffeil y grŵp: mae pob cofnod fel yr oedd.

Mae'r manylion yn y ffeil {log}. Anfonwch y ffeil honno gyda nodyn o'r tabl roeddech chi'n ei allforio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="143" />
            <source>Spreadsheet written</source>
            <translation>Taenlen wedi'i hysgrifennu</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/table_export.py" line="143" />
            <location filename="compactdesk/gui/table_export.py" line="157" />
            <source>%n row(s) written to {path}</source>
            <translation>
                <numerusform>%n rhes wedi'u hysgrifennu i {path}</numerusform>
                <numerusform>%n rhes wedi'i hysgrifennu i {path}</numerusform>
                <numerusform>%n rhes wedi'u hysgrifennu i {path}</numerusform>
                <numerusform>%n rhes wedi'u hysgrifennu i {path}</numerusform>
                <numerusform>%n rhes wedi'u hysgrifennu i {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="146" />
            <source>Open it in Excel or LibreOffice Calc: the dates are dates and the numbers numbers, ready to sort, filter and add up.</source>
            <translation>Agorwch hi yn Excel neu LibreOffice Calc: mae'r dyddiadau'n ddyddiadau a'r rhifau'n rhifau, yn barod i'w trefnu, eu hidlo a'u hadio.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="148" />
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="149" />
            <source>Open &amp;folder</source>
            <translation>Agor y &amp;ffolder</translation>
        </message>
    </context>
    <context>
        <name>SignUp</name>
        <message>
            <location filename="compactdesk/services/signup.py" line="28" />
            <source>signature</source>
            <translation>llofnod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="33" />
            <source>Choose the organisation that signed up.</source>
            <translation>Dewiswch y sefydliad a ymrwymodd.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="34" />
            <source>organisation</source>
            <translation>sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="52" />
            <source>{name} has been signed up since {since}. To record a new signature after a reorganisation, choose “Sign again”.</source>
            <translation>Mae {name} wedi ymrwymo ers {since}. I gofnodi llofnod newydd ar ôl ad-drefnu, dewiswch “Ymrwymo eto”.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="56" />
            <source>{name} was already signed up from {start} until {end}; one organisation's signatures cannot overlap. Check the dates.</source>
            <translation>Roedd {name} eisoes wedi ymrwymo o {start} tan {end}; ni all llofnodion un sefydliad orgyffwrdd. Gwiriwch y dyddiadau.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="63" />
            <source>the note</source>
            <translation>y nodyn</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="69" />
            <location filename="compactdesk/services/signup.py" line="112" />
            <location filename="compactdesk/services/signup.py" line="126" />
            <location filename="compactdesk/services/signup.py" line="128" />
            <source>the day it signed up</source>
            <translation>y diwrnod yr ymrwymodd</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="88" />
            <source>the day it signed again</source>
            <translation>y diwrnod yr ymrwymodd eto</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="91" />
            <source>{name} is not signed up, so there is no signature to renew. Choose “Sign up” instead.</source>
            <translation>Nid yw {name} wedi ymrwymo, felly does dim llofnod i'w adnewyddu. Dewiswch “Ymrwymo” yn lle hynny.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="95" />
            <source>{name} signed on {since}; signing again must come after that day. Check the date.</source>
            <translation>Llofnododd {name} ar {since}; rhaid i'r ymrwymiad newydd ddod ar ôl y diwrnod hwnnw. Gwiriwch y dyddiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="101" />
            <source>Signed again after reorganisation</source>
            <translation>Wedi ymrwymo eto ar ôl ad-drefnu</translation>
        </message>
        <message>
            <location filename="compactdesk/services/signup.py" line="110" />
            <location filename="compactdesk/services/signup.py" line="111" />
            <location filename="compactdesk/services/signup.py" line="127" />
            <location filename="compactdesk/services/signup.py" line="128" />
            <source>the day it lapsed</source>
            <translation>y diwrnod y daeth i ben</translation>
        </message>
    </context>
    <context>
        <name>SignUpDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="53" />
            <source>it has lapsed</source>
            <translation>mae wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="56" />
            <source>Sign up an organisation</source>
            <translation>Ymrwymo sefydliad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="57" />
            <source>Record the day an organisation signed up to the compact. One already signed up signs again instead (after a reorganisation, say).</source>
            <translation>Cofnodwch y diwrnod yr ymrwymodd sefydliad i'r compact. Os yw wedi ymrwymo eisoes, mae'n ymrwymo eto yn lle hynny (ar ôl ad-drefnu, er enghraifft).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="74" />
            <source>Edit a signature</source>
            <translation>Golygu llofnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="84" />
            <source>Sign again</source>
            <translation>Ymrwymo eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="85" />
            <source>The signature given on {since} lapses on the day below and a new one starts the same day, so {name} stays signed up without a gap.</source>
            <translation>Daw'r llofnod a roddwyd ar {since} i ben ar y diwrnod isod, a bydd un newydd yn dechrau ar yr un diwrnod, felly mae {name} yn aros wedi ymrwymo heb fwlch.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="88" />
            <source>Si&amp;gned again on:</source>
            <translation>&amp;Ymrwymo eto ar:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="90" />
            <source>Signed again after reorganisation</source>
            <translation>Wedi ymrwymo eto ar ôl ad-drefnu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="93" />
            <source>Record a lapse</source>
            <translation>Cofnodi bod llofnod wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="94" />
            <source>From the day below {name} no longer counts as signed up. It can sign up again later.</source>
            <translation>O'r diwrnod isod ymlaen, nid yw {name} yn cyfrif fel un sydd wedi ymrwymo. Gall ymrwymo eto yn nes ymlaen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="107" />
            <source>Choose the organisation…</source>
            <translation>Dewiswch y sefydliad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="121" />
            <source>Sign up “{name}”</source>
            <translation>Ymrwymo “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="124" />
            <source>Sign “{name}” again</source>
            <translation>Ymrwymo “{name}” eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="127" />
            <source>Record that the signature of “{name}” lapsed</source>
            <translation>Cofnodi bod llofnod “{name}” wedi dod i ben</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/signup.py" line="129" />
            <source>Edit the signature of “{name}”</source>
            <translation>Golygu llofnod “{name}”</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="6" />
            <source>Sign-up</source>
            <translation>Ymrwymiad</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="17" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Sefydliad:</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="19" />
            <source>Si&amp;gned on:</source>
            <translation>&amp;Llofnodwyd ar:</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="21" />
            <source>&amp;Lapsed on:</source>
            <translation>&amp;Daeth i ben ar:</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="23" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <location filename="ui/signup_dialog.ui" line="24" />
            <source>e.g. signed at the annual general meeting; who signed for them</source>
            <translation>e.e. llofnodwyd yn y cyfarfod cyffredinol blynyddol; pwy lofnododd ar ei ran</translation>
        </message>
    </context>
    <context>
        <name>SignUpPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="74" />
            <location filename="compactdesk/gui/pages/signup.py" line="43" />
            <source>Sign-up &amp; champions</source>
            <translation>Ymrwymo a hyrwyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="37" />
            <source>Sign-&amp;up register</source>
            <translation>&amp;Cofrestr ymrwymo</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="38" />
            <location filename="compactdesk/gui/pages/signup.py" line="61" />
            <source>&amp;Champions</source>
            <translation>&amp;Hyrwyddwyr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="39" />
            <location filename="compactdesk/gui/pages/signup.py" line="105" />
            <source>Sign up an organisation…</source>
            <translation>Ymrwymo sefydliad…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="40" />
            <location filename="compactdesk/gui/pages/signup.py" line="106" />
            <source>New department…</source>
            <translation>Adran newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="99" />
            <source>Clear the {label} of “{department}”</source>
            <translation>Clirio {label} “{department}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="135" />
            <source>Delete the signature of “{name}” of {day}</source>
            <translation>Dileu llofnod “{name}” dyddiedig {day}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/signup.py" line="140" />
            <source>Delete department “{name}” of {body}</source>
            <translation>Dileu adran “{name}” ({body})</translation>
        </message>
    </context>
    <context>
        <name>SingleWindowServer</name>
        <message>
            <location filename="compactdesk/gui/single.py" line="116" />
            <source>Open another group?</source>
            <translation>Agor grŵp arall?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/single.py" line="117" />
            <source>Open {name}? The group open now, {current}, is closed first; everything in it is saved.</source>
            <translation>Agor {name}? Caiff y grŵp sydd ar agor nawr, {current}, ei gau yn gyntaf; caiff popeth ynddo ei gadw.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/single.py" line="206" />
            <source>CompactDesk was started again with {name}. Finish what is open, then use File ▸ Open a group.</source>
            <translation>Cafodd CompactDesk ei ddechrau eto gyda {name}. Gorffennwch yr hyn sydd ar agor, yna defnyddiwch Ffeil ▸ Agor grŵp.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet</name>
        <message>
            <location filename="compactdesk/services/sheet_out.py" line="40" />
            <source>… [cut short: a spreadsheet cell holds at most 32,767 characters]</source>
            <translation>… [wedi'i dorri'n fyr: mae cell taenlen yn dal 32,767 nod ar y mwyaf]</translation>
        </message>
        <message>
            <location filename="compactdesk/services/sheet_out.py" line="160" />
            <source>{name} is open in Excel or LibreOffice. Close it there and export again, or give another name.</source>
            <translation>Mae'r ffeil {name} ar agor yn Excel neu LibreOffice. Caewch hi yno ac allforiwch eto, neu rhowch enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/sheet_out.py" line="164" />
            <source>{name} could not be replaced: it may be open in Excel or another program, or be read-only. Close it in Excel and export again, or give another name.</source>
            <translation>Nid oedd modd disodli'r ffeil {name}: efallai ei bod ar agor yn Excel neu raglen arall, neu'n ddarllen yn unig. Caewch hi yn Excel ac allforiwch eto, neu rhowch enw arall.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give a file name inside it.</source>
            <translation type="vanished">Ffolder yw {path}. Rhowch enw ffeil y tu mewn iddo.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist (or its disk has been removed). Choose another folder.</source>
            <translation type="vanished">Nid yw'r ffolder {folder} yn bodoli (neu mae ei ddisg wedi'i thynnu). Dewiswch ffolder arall.</translation>
        </message>
        <message>
            <source>CompactDesk cannot write in {folder}{reason}. The folder may be read-only: choose another folder, such as Documents.</source>
            <translation type="vanished">Ni all CompactDesk ysgrifennu yn y ffolder {folder}{reason}. Efallai mai darllen yn unig yw'r ffolder: dewiswch ffolder arall, fel Dogfennau.</translation>
        </message>
    </context>
    <context>
        <name>StagesDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="254" />
            <source>Stages</source>
            <translation>Camau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="285" />
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="286" />
            <source>Optional</source>
            <translation>Dewisol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="286" />
            <source>Usual route</source>
            <translation>Llwybr arferol</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/gui/dialogs/disputes.py" line="290" />
            <source>%n dispute(s)</source>
            <translation>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
                <numerusform>%n anghydfod</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="293" />
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="294" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="295" />
            <source>In the history of</source>
            <translation>Yn hanes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="353" />
            <source>Add stage “{name}”</source>
            <translation>Ychwanegu'r cam “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="362" />
            <source>Rename stage “{old}” to “{new}”</source>
            <translation>Ailenwi'r cam “{old}” yn “{new}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="368" />
            <source>Move stage “{name}” up</source>
            <translation>Symud y cam “{name}” i fyny</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="368" />
            <source>Move stage “{name}” down</source>
            <translation>Symud y cam “{name}” i lawr</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="374" />
            <source>Delete stage “{name}”</source>
            <translation>Dileu'r cam “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="380" />
            <source>Make stage “{name}” optional</source>
            <translation>Gwneud y cam “{name}” yn ddewisol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="381" />
            <source>Put stage “{name}” on the usual route</source>
            <translation>Rhoi'r cam “{name}” ar y llwybr arferol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="387" />
            <source>Make “{name}” the outcome stage</source>
            <translation>Gwneud “{name}” yn gam y canlyniad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="388" />
            <source>Make “{name}” no longer the outcome stage</source>
            <translation>Peidio â gwneud “{name}” yn gam y canlyniad</translation>
        </message>
    </context>
    <context>
        <name>StandardsDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="107" />
            <source> week</source>
            <translation> wythnos</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="107" />
            <location filename="ui/standards_dialog.ui" line="18" />
            <source> weeks</source>
            <translation> wythnos</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="108" />
            <source> week of closing</source>
            <translation> wythnos ar ôl cau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="108" />
            <location filename="ui/standards_dialog.ui" line="20" />
            <source> weeks of closing</source>
            <translation> wythnos ar ôl cau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="109" />
            <source> month</source>
            <translation> mis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="109" />
            <location filename="ui/standards_dialog.ui" line="22" />
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="110" />
            <location filename="compactdesk/gui/dialogs/compact.py" line="111" />
            <source> day</source>
            <translation> diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="110" />
            <location filename="compactdesk/gui/dialogs/compact.py" line="111" />
            <location filename="ui/standards_dialog.ui" line="24" />
            <location filename="ui/standards_dialog.ui" line="27" />
            <source> days</source>
            <translation> diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="113" />
            <source>National &amp;defaults</source>
            <translation>&amp;Rhagosodiadau cenedlaethol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="114" />
            <source>12 weeks, feedback within 12 weeks, 3 months, 28 days, 30 days</source>
            <translation>12 wythnos, adborth o fewn 12 wythnos, 3 mis, 28 diwrnod, 30 diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="136" />
            <source>Change standards</source>
            <translation>Newid y safonau</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="6" />
            <source>The compact's standards</source>
            <translation>Safonau'r compact</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="10" />
            <source>The national Compact's defaults are 12 weeks for a consultation, feedback to respondents within 12 weeks of its closing, and 3 months' notice before funding is reduced or ended. A local compact may set its own; longer notice is never flagged as a shortfall.</source>
            <translation>Rhagosodiadau'r Compact cenedlaethol yw 12 wythnos ar gyfer ymgynghoriad, adborth i ymatebwyr o fewn 12 wythnos ar ôl iddo gau, a rhybudd o 3 mis cyn i gyllid gael ei leihau neu ddod i ben. Gall compact lleol osod ei rai ei hun; ni chaiff rhybudd hirach byth ei nodi fel diffyg.</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="17" />
            <source>&amp;Consultations run at least:</source>
            <translation>&amp;Ymgynghoriadau'n para o leiaf:</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="19" />
            <source>Feedback to &amp;respondents within:</source>
            <translation>&amp;Adborth i ymatebwyr o fewn:</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="19" />
            <source>How soon after a consultation closes the public body should say what it did with the responses</source>
            <translation>Pa mor fuan ar ôl i ymgynghoriad gau y dylai'r corff cyhoeddus ddweud beth a wnaeth â'r ymatebion</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="21" />
            <source>&amp;Funding notice, in calendar months:</source>
            <translation>Rhybudd am newid &amp;cyllid, mewn misoedd calendr:</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="23" />
            <source>Days allowed for officers' feed&amp;back:</source>
            <translation>&amp;Diwrnodau a ganiateir ar gyfer adborth swyddogion:</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="25" />
            <source>Feedback is due by the &amp;next meeting, when one is planned</source>
            <translation>Mae adborth yn ddyledus erbyn y cyfarfod &amp;nesaf, pan fydd un wedi'i drefnu</translation>
        </message>
        <message>
            <location filename="ui/standards_dialog.ui" line="26" />
            <source>Show as ‘due &amp;soon’ within:</source>
            <translation>Dangos fel ‘yn ddyledus cyn bo &amp;hir’ o fewn:</translation>
        </message>
    </context>
    <context>
        <name>StandardsPage</name>
        <message>
            <location filename="compactdesk/gui/areas.py" line="68" />
            <location filename="compactdesk/gui/pages/standards.py" line="39" />
            <source>Codes &amp; standards</source>
            <translation>Codau a safonau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="29" />
            <source>&amp;Codes of practice</source>
            <translation>&amp;Codau ymarfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="30" />
            <source>C&amp;onsultations</source>
            <translation>&amp;Ymgynghoriadau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="31" />
            <source>F&amp;unding notices</source>
            <translation>&amp;Rhybuddion cyllid</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="64" />
            <source>New code of practice…</source>
            <translation>Cod ymarfer newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="64" />
            <source>New consultation…</source>
            <translation>Ymgynghoriad newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="65" />
            <source>New funding notice…</source>
            <translation>Rhybudd newydd am newid cyllid…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="82" />
            <source>Delete code “{name}”</source>
            <translation>Dileu'r cod “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="84" />
            <source>Delete consultation “{title}”</source>
            <translation>Dileu'r ymgynghoriad “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="87" />
            <source>Delete funding notice for “{name}”</source>
            <translation>Dileu'r rhybudd am newid cyllid i “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/standards.py" line="103" />
            <source>Remove the review of “{name}”</source>
            <translation>Tynnu'r adolygiad o “{name}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="194" />
            <source>The compact's standards</source>
            <translation>Safonau'r compact</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="195" />
            <source>The promises the compact's partners make to each other. The national Compact's are filled in; change them if your compact agreed others.</source>
            <translation>Yr addewidion y mae partneriaid y compact yn eu gwneud i'w gilydd. Mae rhai'r Compact cenedlaethol wedi'u llenwi; newidiwch nhw os cytunodd eich compact ar rai eraill.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="200" />
            <source>&amp;Consultations last at least:</source>
            <translation>&amp;Ymgynghoriadau'n para o leiaf:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="200" />
            <source> weeks</source>
            <translation> wythnos</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="201" />
            <source>A public body gives the voluntary sector this long to answer a consultation (12 weeks nationally).</source>
            <translation>Mae corff cyhoeddus yn rhoi cymaint â hyn o amser i'r sector gwirfoddol ateb ymgynghoriad (12 wythnos yn genedlaethol).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="203" />
            <source>&amp;Feedback on a consultation within:</source>
            <translation>&amp;Adborth ar ymgynghoriad o fewn:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="204" />
            <source> weeks of closing</source>
            <translation> wythnos ar ôl cau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="205" />
            <source>Once it closes, the body says what it heard and what it changed within this many weeks.</source>
            <translation>Ar ôl iddo gau, mae'r corff yn dweud beth a glywodd a beth a newidiodd o fewn hyn o wythnosau.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="206" />
            <source>Notice of a &amp;funding change:</source>
            <translation>Rhybudd am newid &amp;cyllid:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="206" />
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="207" />
            <source>An organisation whose grant is cut or ended is told at least this far ahead (3 months nationally).</source>
            <translation>Caiff sefydliad y mae ei grant yn cael ei dorri neu'n dod i ben wybod o leiaf hyn o amser ymlaen llaw (3 mis yn genedlaethol).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="209" />
            <source>An &amp;officer answers within:</source>
            <translation>Mae &amp;swyddog yn ateb o fewn:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="209" />
            <source> days</source>
            <translation> diwrnod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="210" />
            <source>A question the group puts to an officer is answered within this many days (28 is usual).</source>
            <translation>Caiff cwestiwn y mae'r grŵp yn ei ofyn i swyddog ei ateb o fewn hyn o ddiwrnodau (28 fel arfer).</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="221" />
            <source>National &amp;defaults</source>
            <translation>&amp;Rhagosodiadau cenedlaethol</translation>
        </message>
    </context>
    <context>
        <name>StandardsTab</name>
        <message>
            <location filename="compactdesk/gui/pages/standards_codes.py" line="92" />
            <source>{base} · {flagged} to take up</source>
            <translation>{base} · {flagged} i'w codi</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="160" />
            <source>Correct a status change</source>
            <translation>Cywiro newid statws</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="170" />
            <source>Record status “{status}”</source>
            <translation>Cofnodi'r statws “{status}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/compact.py" line="172" />
            <source>Correct status “{status}”</source>
            <translation>Cywiro'r statws “{status}”</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="6" />
            <source>Record a status change</source>
            <translation>Cofnodi newid statws</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="10" />
            <source>Where the compact stands, and from when. A date after today records a change that is planned.</source>
            <translation>Ble mae'r compact yn sefyll, ac o ba ddyddiad. Mae dyddiad ar ôl heddiw yn cofnodi newid sydd wedi'i gynllunio.</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="16" />
            <source>&amp;Status:</source>
            <translation>&amp;Statws:</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="18" />
            <source>&amp;From:</source>
            <translation>&amp;O:</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="20" />
            <source>&amp;Note:</source>
            <translation>&amp;Nodyn:</translation>
        </message>
        <message>
            <location filename="ui/status_dialog.ui" line="21" />
            <source>What happened, for example: signed at the launch in the county hall</source>
            <translation>Beth ddigwyddodd, er enghraifft: llofnodwyd yn y lansiad yn neuadd y sir</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="136" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Raised on {day}.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Codwyd ar {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="142" />
            <source>Record a stage</source>
            <translation>Cofnodi cam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="146" />
            <source>Edit a stage</source>
            <translation>Golygu cam</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="159" />
            <source>This is the outcome recorded when the dispute was resolved; change its date with “Resolve…”.</source>
            <translation>Dyma'r canlyniad a gofnodwyd pan gafodd yr anghydfod ei ddatrys; newidiwch ei ddyddiad gyda “Datrys…”.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="162" />
            <source>Recording the outcome stage does not close the dispute: use “Resolve…” to give the outcome and the day it was resolved.</source>
            <translation>Nid yw cofnodi cam y canlyniad yn cau'r anghydfod: defnyddiwch “Datrys…” i roi'r canlyniad a'r diwrnod y cafodd ei ddatrys.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="165" />
            <source>An optional stage, off the usual route.</source>
            <translation>Cam dewisol, oddi ar y llwybr arferol.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="177" />
            <source>Record “{stage}” for “{title}”</source>
            <translation>Cofnodi “{stage}” ar gyfer “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/disputes.py" line="179" />
            <source>Edit the “{stage}” stage of “{title}”</source>
            <translation>Golygu'r cam “{stage}” yn “{title}”</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="compactdesk/store/backup.py" line="140" />
            <source>The backup of {name} failed its check ({problem}), so it was not kept. The group's file itself is sound, so the copy went wrong on its way to the disk: try again, or back up to another folder or USB stick.</source>
            <translation>Methodd copi wrth gefn {name} ei wiriad ({problem}), felly ni chafodd ei gadw. Mae ffeil y grŵp ei hun yn iawn, felly aeth rhywbeth o'i le wrth gopïo i'r ddisg: rhowch gynnig arall arni, neu gwnewch gopi wrth gefn mewn ffolder arall neu ar gof bach USB.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="149" />
            <source>the disk is full</source>
            <translation>mae'r ddisg yn llawn</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="152" />
            <source>CompactDesk could not write a backup of {name} in {folder}: {reason}. Check that the folder exists, that you may write to it and that the disk is not full.</source>
            <translation>Ni allai CompactDesk ysgrifennu copi wrth gefn o {name} yn y ffolder {folder}: {reason}. Gwiriwch fod y ffolder yn bodoli, eich bod yn cael ysgrifennu iddo ac nad yw'r ddisg yn llawn.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="170" />
            <source>{folder} is a file, not a folder. Choose a folder to put the backup in (a USB stick, say).</source>
            <translation>Ffeil yw {folder}, nid ffolder. Dewiswch ffolder i roi'r copi wrth gefn ynddo (cof bach USB, er enghraifft).</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="375" />
            <source>A group's file cannot be restored from itself. Choose a backup.</source>
            <translation>Ni ellir adfer ffeil grŵp o'r ffeil ei hun. Dewiswch gopi wrth gefn.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="377" />
            <source>{name} was saved by a newer version of CompactDesk, so this version cannot restore it. Install the newest CompactDesk, or choose an older backup.</source>
            <translation>Cafodd {name} ei chadw gan fersiwn fwy newydd o CompactDesk, felly ni all y fersiwn hon ei hadfer. Gosodwch y CompactDesk diweddaraf, neu dewiswch gopi wrth gefn hŷn.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="384" />
            <source>{name} is damaged and cannot be restored. Choose another backup.</source>
            <translation>Mae {name} wedi'i difrodi ac ni ellir ei hadfer. Dewiswch gopi wrth gefn arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="461" />
            <source>The copy of {name} failed its check, so the group's file was not changed. Choose another backup.</source>
            <translation>Methodd y copi o {name} ei wiriad, felly ni chafodd ffeil y grŵp ei newid. Dewiswch gopi wrth gefn arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/backup.py" line="482" />
            <source>The backup {name} could not be copied ({reason}); the group's file was not changed. Choose another backup.</source>
            <translation>Ni ellid copïo'r copi wrth gefn {name} ({reason}); ni chafodd ffeil y grŵp ei newid. Dewiswch gopi wrth gefn arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/check.py" line="69" />
            <source>A file {name}-wal stands beside the group's file that does not belong to it. Open the group's file in CompactDesk, which sets that file aside in the backups folder, then check it again.</source>
            <translation>Mae ffeil {name}-wal wrth ymyl ffeil y grŵp nad yw'n perthyn iddi. Agorwch ffeil y grŵp yn CompactDesk, a fydd yn symud y ffeil honno i'r naill ochr yn y ffolder copïau wrth gefn, yna gwiriwch hi eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/check.py" line="82" />
            <source>The schema version is missing.</source>
            <translation>Mae fersiwn y sgema ar goll.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="22" />
            <source>{name} is already open in another CompactDesk, perhaps under another name for the same file. Close it there first; two programs writing one group's file could lose work.</source>
            <translation>Mae {name} eisoes ar agor mewn CompactDesk arall, efallai dan enw arall ar gyfer yr un ffeil. Caewch hi yno yn gyntaf; gallai dwy raglen sy'n ysgrifennu i ffeil un grŵp golli gwaith.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="27" />
            <source>process {pid} on {host}</source>
            <translation>proses {pid} ar {host}</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="28" />
            <source>this computer</source>
            <translation>y cyfrifiadur hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="30" />
            <source>, user {user}</source>
            <translation>, defnyddiwr {user}</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="31" />
            <source>{name} is already open in another CompactDesk ({who}, since {since}). Close it there first; two programs writing one group's file could lose work.</source>
            <translation>Mae {name} eisoes ar agor mewn CompactDesk arall ({who}, ers {since}). Caewch hi yno yn gyntaf; gallai dwy raglen sy'n ysgrifennu i ffeil un grŵp golli gwaith.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/claim.py" line="49" />
            <source>CompactDesk cannot use the folder of {name}: {reason}. Check that the folder still exists and that you may write to it.</source>
            <translation>Ni all CompactDesk ddefnyddio ffolder {name}: {reason}. Gwiriwch fod y ffolder yn dal i fodoli a'ch bod yn cael ysgrifennu iddo.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/store/damage.py" line="66" />
            <source>The file is {size} bytes long, where %n page(s) of {page} bytes ({expected} bytes) were expected: it has been cut short or added to.</source>
            <translation>
                <numerusform>Mae'r ffeil yn {size} beit o hyd, lle'r oedd disgwyl %n tudalen o {page} beit ({expected} beit): mae wedi'i thorri'n fyr neu mae rhywbeth wedi'i ychwanegu ati.</numerusform>
                <numerusform>Mae'r ffeil yn {size} beit o hyd, lle'r oedd disgwyl %n tudalen o {page} beit ({expected} beit): mae wedi'i thorri'n fyr neu mae rhywbeth wedi'i ychwanegu ati.</numerusform>
                <numerusform>Mae'r ffeil yn {size} beit o hyd, lle'r oedd disgwyl %n tudalen o {page} beit ({expected} beit): mae wedi'i thorri'n fyr neu mae rhywbeth wedi'i ychwanegu ati.</numerusform>
                <numerusform>Mae'r ffeil yn {size} beit o hyd, lle'r oedd disgwyl %n tudalen o {page} beit ({expected} beit): mae wedi'i thorri'n fyr neu mae rhywbeth wedi'i ychwanegu ati.</numerusform>
                <numerusform>Mae'r ffeil yn {size} beit o hyd, lle'r oedd disgwyl %n tudalen o {page} beit ({expected} beit): mae wedi'i thorri'n fyr neu mae rhywbeth wedi'i ychwanegu ati.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="87" />
            <source>Row {rowid} of {table} points to a missing {parent}.</source>
            <translation>Mae rhes {rowid} yn {table} yn cyfeirio at {parent} sydd ar goll.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="101" />
            <source>one of its listed values</source>
            <translation>un o'r gwerthoedd a restrwyd ar ei chyfer</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="103" />
            <source>yes or no</source>
            <translation>ie neu na</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="105" />
            <source>a whole number</source>
            <translation>rhif cyfan</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="109" />
            <source>a date and time</source>
            <translation>dyddiad ac amser</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="111" />
            <source>a date</source>
            <translation>dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="113" />
            <source>text</source>
            <translation>testun</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="115" />
            <source>a file's bytes</source>
            <translation>beitiau ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="145" />
            <source>Row {rowid} of {table}: {column} does not hold {should}.</source>
            <translation>Rhes {rowid} yn {table}: nid yw {column} yn dal {should}.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="160" />
            <source>Row {rowid} of agenda_paper: the attached paper's bytes are not those it was attached with.</source>
            <translation>Rhes {rowid} yn agenda_paper: nid yw beitiau'r papur atodedig yr un fath â phan gafodd ei atodi.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="174" />
            <source>Row {rowid} of {table}: {column} holds text that cannot be read.</source>
            <translation>Rhes {rowid} yn {table}: mae {column} yn dal testun na ellir ei ddarllen.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/damage.py" line="215" />
            <source>Part of the file cannot be read as text.</source>
            <translation>Ni ellir darllen rhan o'r ffeil fel testun.</translation>
        </message>
        <message numerus="yes">
            <location filename="compactdesk/store/errors.py" line="46" />
            <source>{name} is damaged: a check of the file found %n problem(s), the first being “{first}”. CompactDesk has not changed it. Restore its newest good backup, or open it as it is to read what can still be read.</source>
            <translation>
                <numerusform>Mae {name} wedi'i difrodi: daeth gwiriad o'r ffeil o hyd i %n problem, a'r gyntaf yw “{first}”. Nid yw CompactDesk wedi newid y ffeil. Adferwch ei chopi wrth gefn da diweddaraf, neu agorwch hi fel y mae i ddarllen yr hyn y gellir ei ddarllen o hyd.</numerusform>
                <numerusform>Mae {name} wedi'i difrodi: daeth gwiriad o'r ffeil o hyd i %n problem, a'r gyntaf yw “{first}”. Nid yw CompactDesk wedi newid y ffeil. Adferwch ei chopi wrth gefn da diweddaraf, neu agorwch hi fel y mae i ddarllen yr hyn y gellir ei ddarllen o hyd.</numerusform>
                <numerusform>Mae {name} wedi'i difrodi: daeth gwiriad o'r ffeil o hyd i %n problem, a'r gyntaf yw “{first}”. Nid yw CompactDesk wedi newid y ffeil. Adferwch ei chopi wrth gefn da diweddaraf, neu agorwch hi fel y mae i ddarllen yr hyn y gellir ei ddarllen o hyd.</numerusform>
                <numerusform>Mae {name} wedi'i difrodi: daeth gwiriad o'r ffeil o hyd i %n problem, a'r gyntaf yw “{first}”. Nid yw CompactDesk wedi newid y ffeil. Adferwch ei chopi wrth gefn da diweddaraf, neu agorwch hi fel y mae i ddarllen yr hyn y gellir ei ddarllen o hyd.</numerusform>
                <numerusform>Mae {name} wedi'i difrodi: daeth gwiriad o'r ffeil o hyd i %n problem, a'r gyntaf yw “{first}”. Nid yw CompactDesk wedi newid y ffeil. Adferwch ei chopi wrth gefn da diweddaraf, neu agorwch hi fel y mae i ddarllen yr hyn y gellir ei ddarllen o hyd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="55" />
            <source>{name} is not a CompactDesk group file: {reason} CompactDesk has not changed it. Choose the .cdstore file that holds your group's records, or start a new group (File ▸ New group…).</source>
            <translation>Nid yw {name} yn ffeil grŵp CompactDesk: {reason} Nid yw CompactDesk wedi newid y ffeil. Dewiswch y ffeil .cdstore sy'n dal cofnodion eich grŵp, neu dechreuwch grŵp newydd (Ffeil ▸ Grŵp newydd…).</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="79" />
            <source>Nothing was changed.</source>
            <translation>Ni chafodd dim ei newid.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="80" />
            <source>Your last change was not saved.</source>
            <translation>Ni chafodd eich newid diwethaf ei gadw.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="82" />
            <source>The disk that holds {name} is full, so CompactDesk cannot open it safely. Nothing was changed. Free some space (empty the recycle bin, delete large files), then open it again.</source>
            <translation>Mae'r ddisg sy'n dal {name} yn llawn, felly ni all CompactDesk ei hagor yn ddiogel. Ni chafodd dim ei newid. Rhyddhewch rywfaint o le (gwagiwch y bin ailgylchu, dilëwch ffeiliau mawr), yna agorwch hi eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="87" />
            <source>The disk that holds {name} is full, so your last change was not saved. Free some space (empty the recycle bin, delete large files), then try again; everything saved before is safe.</source>
            <translation>Mae'r ddisg sy'n dal {name} yn llawn, felly ni chafodd eich newid diwethaf ei gadw. Rhyddhewch rywfaint o le (gwagiwch y bin ailgylchu, dilëwch ffeiliau mawr), yna rhowch gynnig arall arni; mae popeth a gadwyd o'r blaen yn ddiogel.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="92" />
            <source>{name} cannot be written to: the file or its folder is read-only (or the USB stick is locked). {lost} Make it writable (unlock the stick, or change the folder's permissions) and try again, or copy the file to your computer and open it from there (File ▸ Open a group…); everything saved before is safe.</source>
            <translation>Ni ellir ysgrifennu i {name}: mae'r ffeil neu ei ffolder yn ddarllen-yn-unig (neu mae'r cof bach USB wedi'i gloi). {lost} Gwnewch hi'n bosibl ysgrifennu iddi (datgloi'r cof bach, neu newid caniatâd y ffolder) a rhowch gynnig arall arni, neu copïwch y ffeil i'ch cyfrifiadur a'i hagor oddi yno (Ffeil ▸ Agor grŵp…); mae popeth a gadwyd o'r blaen yn ddiogel.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="99" />
            <source>{name} can no longer be found at {path} — was the USB stick or network drive disconnected? Put it back; CompactDesk will carry on where you left off. {lost}</source>
            <translation>Ni ellir dod o hyd i {name} yn {path} mwyach — a gafodd y cof bach USB neu'r gyriant rhwydwaith ei ddatgysylltu? Rhowch ef yn ôl; bydd CompactDesk yn parhau o'r man lle roeddech chi. {lost}</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="104" />
            <source>The disk that holds {name} reported an error while reading or writing it. {lost} Check that the USB stick or network drive is still connected, then try again; if it keeps happening, copy the file to your computer, open it from there (File ▸ Open a group…) and check it.</source>
            <translation>Rhoddodd y ddisg sy'n dal {name} wall wrth ei darllen neu ysgrifennu iddi. {lost} Gwiriwch fod y cof bach USB neu'r gyriant rhwydwaith yn dal i fod wedi'i gysylltu, yna rhowch gynnig arall arni; os yw'n dal i ddigwydd, copïwch y ffeil i'ch cyfrifiadur, agorwch hi oddi yno (Ffeil ▸ Agor grŵp…) a'i gwirio.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/errors.py" line="114" />
            <source>The file now at {path} is not the group's file CompactDesk had open (it may be another copy, or another group's file), so CompactDesk will not write to it. Your last change was not saved. Put the original file back, or open the file that is there now (File ▸ Open a group…).</source>
            <translation>Nid y ffeil sydd yn {path} nawr yw'r ffeil grŵp a oedd ar agor yn CompactDesk (efallai mai copi arall ydyw, neu ffeil grŵp arall), felly ni fydd CompactDesk yn ysgrifennu iddi. Ni chafodd eich newid diwethaf ei gadw. Rhowch y ffeil wreiddiol yn ôl, neu agorwch y ffeil sydd yno nawr (Ffeil ▸ Agor grŵp…).</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="31" />
            <source>There is no group file at {path}.</source>
            <translation>Does dim ffeil grŵp yn {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="33" />
            <source>it is a folder.</source>
            <translation>ffolder ydyw.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="37" />
            <source>the file is empty.</source>
            <translation>mae'r ffeil yn wag.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="39" />
            <source>it is not a database file.</source>
            <translation>nid ffeil cronfa ddata ydyw.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="43" />
            <source>it is a database made by another program.</source>
            <translation>cronfa ddata a wnaed gan raglen arall ydyw.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="48" />
            <source>{name} was saved by a newer version of CompactDesk. This version has not changed it. Install the newest CompactDesk to open it.</source>
            <translation>Cafodd {name} ei chadw gan fersiwn fwy newydd o CompactDesk. Nid yw'r fersiwn hon wedi newid y ffeil. Gosodwch y CompactDesk diweddaraf i'w hagor.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="91" />
            <source>the file's first bytes are no longer those of a CompactDesk group file</source>
            <translation>nid yw beitiau cyntaf y ffeil yn rhai ffeil grŵp CompactDesk bellach</translation>
        </message>
        <message>
            <location filename="compactdesk/store/header.py" line="99" />
            <source>the schema number in the file's header is wrong</source>
            <translation>mae rhif y sgema ym mhennawd y ffeil yn anghywir</translation>
        </message>
        <message>
            <location filename="compactdesk/store/identity.py" line="40" />
            <source>no compact named yet</source>
            <translation>dim compact wedi'i enwi eto</translation>
        </message>
        <message>
            <location filename="compactdesk/store/identity.py" line="42" />
            <source>{backup} is a backup of another group (“{theirs}”), not of {store} (“{mine}”).</source>
            <translation>Mae {backup} yn gopi wrth gefn o grŵp arall (“{theirs}”), nid o {store} (“{mine}”).</translation>
        </message>
        <message>
            <location filename="compactdesk/store/identity.py" line="46" />
            <source>{backup} holds the compact “{theirs}”, but {store} holds “{mine}”.</source>
            <translation>Mae {backup} yn dal y compact “{theirs}”, ond mae {store} yn dal “{mine}”.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/open.py" line="336" />
            <source>it has no CompactDesk schema.</source>
            <translation>does dim sgema CompactDesk ynddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/open.py" line="353" />
            <source>{name} already exists. CompactDesk will not overwrite it; choose another name.</source>
            <translation>Mae {name} yn bodoli eisoes. Ni fydd CompactDesk yn ysgrifennu drosti; dewiswch enw arall.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/open.py" line="358" />
            <source>The folder {folder} does not exist. Choose a folder that does.</source>
            <translation>Nid yw'r ffolder {folder} yn bodoli. Dewiswch ffolder sy'n bodoli.</translation>
        </message>
        <message>
            <location filename="compactdesk/store/open.py" line="365" />
            <source>CompactDesk cannot make a group's file in {folder}: {reason}. Choose a folder you can write to.</source>
            <translation>Ni all CompactDesk greu ffeil grŵp yn y ffolder {folder}: {reason}. Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
        </message>
    </context>
    <context>
        <name>StoreFiles</name>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="29" />
            <source>CompactDesk group files (*.cdstore);;All files (*)</source>
            <translation>Ffeiliau grŵp CompactDesk (*.cdstore);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="81" />
            <source>&amp;New group…</source>
            <translation>Grŵp &amp;newydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="83" />
            <source>&amp;Open a group…</source>
            <translation>&amp;Agor grŵp…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="85" />
            <source>Open the &amp;demo group</source>
            <translation>Agor y grŵp &amp;enghreifftiol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="86" />
            <source>A fresh copy of an invented group to try things on; it is removed when CompactDesk closes, and your own group's file is not touched</source>
            <translation>Copi newydd o grŵp dychmygol i roi cynnig ar bethau; caiff ei dynnu pan fydd CompactDesk yn cau, ac ni chaiff ffeil eich grŵp eich hun ei chyffwrdd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="88" />
            <source>Save a &amp;copy of this group's file…</source>
            <translation>Cadw &amp;copi o ffeil y grŵp hwn…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="92" />
            <source>Open &amp;recent</source>
            <translation>Agor grŵp &amp;diweddar</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="100" />
            <source>New group: where to keep its file</source>
            <translation>Grŵp newydd: ble i gadw ei ffeil</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="107" />
            <source>Open a group</source>
            <translation>Agor grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="117" />
            <source>No other groups opened yet</source>
            <translation>Dim grwpiau eraill wedi'u hagor eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="154" />
            <source>Demo group: a fresh copy made for you to try things. It is removed when CompactDesk closes; your own group's file is not touched.</source>
            <translation>Grŵp enghreifftiol: copi newydd wedi'i wneud i chi roi cynnig ar bethau. Caiff ei dynnu pan fydd CompactDesk yn cau; ni chaiff ffeil eich grŵp eich hun ei chyffwrdd.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="158" />
            <source>This group's file was brought up to date for this version of CompactDesk; a copy of it as it was is in {path}.</source>
            <translation>Cafodd ffeil y grŵp hwn ei diweddaru ar gyfer y fersiwn hon o CompactDesk; mae copi ohoni fel yr oedd yn {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="164" />
            <source>{name} copy.cdstore</source>
            <translation>{name} copi.cdstore</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="165" />
            <source>Save a copy of this group's file</source>
            <translation>Cadw copi o ffeil y grŵp hwn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="178" />
            <source>CompactDesk could not write {name}: {reason}. Choose another folder or name; this group's own file is unchanged.</source>
            <translation>Ni allai CompactDesk ysgrifennu {name}: {reason}. Dewiswch ffolder neu enw arall; nid yw ffeil y grŵp hwn ei hun wedi newid.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="182" />
            <source>A copy was saved to {path}.</source>
            <translation>Cafodd copi ei gadw yn {path}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="184" />
            <source>Saving a copy</source>
            <translation>Cadw copi</translation>
        </message>
    </context>
    <context>
        <name>StoreTrouble</name>
        <message>
            <location filename="compactdesk/gui/store_trouble.py" line="26" />
            <source>&amp;Try again</source>
            <translation>&amp;Ceisio eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_trouble.py" line="32" />
            <source>{name} is damaged, and you are working on it as it is: what can still be read is shown, and a change may be refused. Restore a backup to carry on safely.</source>
            <translation>Mae {name} wedi'i difrodi, ac rydych yn gweithio arni fel y mae: dangosir yr hyn y gellir ei ddarllen o hyd, a gall newid gael ei wrthod. Adferwch gopi wrth gefn i barhau'n ddiogel.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_trouble.py" line="34" />
            <location filename="compactdesk/gui/store_trouble.py" line="65" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_trouble.py" line="57" />
            <source>The file can be used again; everything saved is there.</source>
            <translation>Gellir defnyddio'r ffeil eto; mae popeth a gadwyd ynddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_trouble.py" line="64" />
            <source>Today's backup could not be made. {problem}</source>
            <translation>Ni ellid gwneud copi wrth gefn heddiw. {problem}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="96" />
            <source>Ready to set up the group</source>
            <translation>Yn barod i sefydlu'r grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="97" />
            <source>Finish writes all of this to the group's file as one step: Edit ▸ Undo takes it all back.</source>
            <translation>Mae Gorffen yn ysgrifennu hyn i gyd i ffeil y grŵp fel un cam: mae Golygu ▸ Dadwneud yn dadwneud y cyfan.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_wizard.py" line="100" />
            <source>&amp;Open the agenda to export when I finish</source>
            <translation>&amp;Agor yr agenda i'w hallforio pan fyddaf yn gorffen</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="67" />
            <source>Table</source>
            <translation>Tabl</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="94" />
            <source>The group's file could not be read, so the spreadsheet was not written. See the message at the top of the window, then try again.</source>
            <translation>Nid oedd modd darllen ffeil y grŵp, felly ni chafodd y daenlen ei hysgrifennu. Darllenwch y neges ar frig y ffenestr, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="107" />
            <source>Reading the rows: {done:,} of {total:,}</source>
            <translation>Wrthi'n darllen y rhesi: {done:,} o {total:,}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="108" />
            <source>Writing the spreadsheet: {done:,} of {total:,} rows</source>
            <translation>Wrthi'n ysgrifennu'r daenlen: {done:,} o {total:,} rhes</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="176" />
            <source>Export this &amp;table to a spreadsheet…</source>
            <translation>Allforio'r &amp;tabl hwn i daenlen…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="178" />
            <source>Save the table you are in as an Excel spreadsheet, as it is shown: its columns, its order, and only the rows the filters and search let through (Ctrl+Shift+T)</source>
            <translation>Cadw'r tabl rydych chi ynddo fel taenlen Excel, fel y mae i'w weld: ei golofnau, ei drefn, a dim ond y rhesi y mae'r hidlau a'r chwilio yn eu dangos (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="203" />
            <source>No table to export</source>
            <translation>Dim tabl i'w allforio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="204" />
            <source>There is no table on this page to export. Go to a page with a list (the action plan, feedback owed, people and seats…), click in its table, then choose File ▸ Export this table to a spreadsheet.</source>
            <translation>Nid oes tabl ar y dudalen hon i'w allforio. Ewch i dudalen â rhestr (y cynllun gweithredu, adborth sy'n ddyledus, pobl a seddi…), cliciwch yn ei thabl, yna dewiswch Ffeil ▸ Allforio'r tabl hwn i daenlen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="219" />
            <source>Export “{table}” to a spreadsheet</source>
            <translation>Allforio “{table}” i daenlen</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="220" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Llyfr gwaith Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/table_export.py" line="251" />
            <source>Export to a &amp;spreadsheet…</source>
            <translation>Allforio i &amp;daenlen…</translation>
        </message>
    </context>
    <context>
        <name>TargetCloseDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="158" />
            <source>Deadline: {day}.</source>
            <translation>Dyddiad terfyn: {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="161" />
            <source>Drop target</source>
            <translation>Gollwng targed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="162" />
            <source>&amp;Dropped on:</source>
            <translation>&amp;Gollyngwyd ar:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="167" />
            <source>Mark target done</source>
            <translation>Nodi bod targed wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="168" />
            <source>&amp;Done on:</source>
            <translation>&amp;Cwblhawyd ar:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="175" />
            <source>Drop “{title}”</source>
            <translation>Gollwng “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="177" />
            <source>Mark “{title}” done</source>
            <translation>Nodi bod “{title}” wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="ui/target_close_dialog.ui" line="6" />
            <source>Mark done</source>
            <translation>Cwblhau targed</translation>
        </message>
        <message>
            <location filename="ui/target_close_dialog.ui" line="16" />
            <source>&amp;Date:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <location filename="ui/target_close_dialog.ui" line="18" />
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <location filename="ui/target_close_dialog.ui" line="19" />
            <source>Why the group dropped it, for the annual review</source>
            <translation>Pam y gollyngodd y grŵp y targed, ar gyfer yr adolygiad blynyddol</translation>
        </message>
    </context>
    <context>
        <name>TargetDetailPanel</name>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="50" />
            <source>The target in full</source>
            <translation>Y targed yn llawn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="54" />
            <source>Progress log</source>
            <translation>Cofnod cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="60" />
            <source>&amp;Add progress…</source>
            <translation>&amp;Ychwanegu cynnydd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="61" />
            <source>Re&amp;move progress</source>
            <translation>&amp;Tynnu cynnydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="62" />
            <location filename="compactdesk/gui/pages/action_detail.py" line="96" />
            <source>Mar&amp;k done…</source>
            <translation>&amp;Cwblhau…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="63" />
            <location filename="compactdesk/gui/pages/action_detail.py" line="97" />
            <source>&amp;Drop…</source>
            <translation>G&amp;ollwng…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="64" />
            <source>Ed&amp;it target…</source>
            <translation>Go&amp;lygu targed…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="68" />
            <source>Progress log, newest first</source>
            <translation>Cofnod cynnydd, y diweddaraf yn gyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="75" />
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="77" />
            <source>What was done</source>
            <translation>Beth a wnaed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="96" />
            <source>&amp;Reopen</source>
            <translation>A&amp;ilagor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="97" />
            <source>Res&amp;tore</source>
            <translation>A&amp;dfer</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="98" />
            <source>Take the done date off; the target is open again</source>
            <translation>Tynnu'r dyddiad cwblhau; mae'r targed ar agor eto</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="99" />
            <source>Record the date the target was met</source>
            <translation>Cofnodi'r dyddiad y cyflawnwyd y targed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="100" />
            <source>Put the target back in the plan</source>
            <translation>Rhoi'r targed yn ôl yn y cynllun</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="101" />
            <source>Take the target out of the plan, with the reason</source>
            <translation>Tynnu'r targed o'r cynllun, gyda'r rheswm</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="104" />
            <source>&lt;p&gt;No progress noted yet.&lt;/p&gt;&lt;p&gt;“Add progress…” records what was done, and when.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dim cynnydd wedi'i nodi eto.&lt;/p&gt;&lt;p&gt;Mae “Ychwanegu cynnydd…” yn cofnodi beth a wnaed, a phryd.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="107" />
            <source>&lt;p&gt;Choose a target to see its detail and progress.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dewiswch darged i weld ei fanylion a'i gynnydd.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="114" />
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="120" />
            <source>&lt;i&gt;Measure of success:&lt;/i&gt; {measure}</source>
            <translation>&lt;i&gt;Mesur llwyddiant:&lt;/i&gt; {measure}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="123" />
            <source>Status: {status}</source>
            <translation>Statws: {status}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="124" />
            <source>Code of practice: {code}</source>
            <translation>Cod ymarfer: {code}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="125" />
            <source>Responsible partner: {partner}</source>
            <translation>Partner cyfrifol: {partner}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="126" />
            <source>Lead: {lead}</source>
            <translation>Arweinydd: {lead}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="127" />
            <source>Starts: {start} · Deadline: {deadline}</source>
            <translation>Dechrau: {start} · Dyddiad terfyn: {deadline}</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="132" />
            <source>Done on {day}.</source>
            <translation>Cwblhawyd: {day}.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_detail.py" line="135" />
            <source>Dropped on {day}.</source>
            <translation>Gollyngwyd: {day}.</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="49" />
            <source>None</source>
            <translation>Dim</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="54" />
            <source>Has a start date</source>
            <translation>Mae ganddo ddyddiad dechrau</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="54" />
            <source>Has a deadline</source>
            <translation>Mae ganddo ddyddiad terfyn</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="62" />
            <source>New target</source>
            <translation>Targed newydd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="66" />
            <source>Edit target</source>
            <translation>Golygu targed</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="74" />
            <location filename="compactdesk/gui/dialogs/target.py" line="75" />
            <source>None named</source>
            <translation>Dim un wedi'i enwi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="104" />
            <source>Add target “{title}”</source>
            <translation>Ychwanegu'r targed “{title}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/target.py" line="106" />
            <source>Edit target “{title}”</source>
            <translation>Golygu'r targed “{title}”</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="6" />
            <source>Target</source>
            <translation>Targed</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="17" />
            <source>&amp;Target:</source>
            <translation>&amp;Targed:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="18" />
            <source>What will be done, in a line</source>
            <translation>Beth fydd yn cael ei wneud, mewn un llinell</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="19" />
            <source>&amp;Measure of success:</source>
            <translation>&amp;Mesur llwyddiant:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="20" />
            <source>How the group will know it is done</source>
            <translation>Sut bydd y grŵp yn gwybod ei fod wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="21" />
            <source>&amp;Code of practice:</source>
            <translation>&amp;Cod ymarfer:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="23" />
            <source>Responsible &amp;partner:</source>
            <translation>&amp;Partner cyfrifol:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="25" />
            <source>&amp;Lead person:</source>
            <translation>&amp;Arweinydd:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="27" />
            <source>&amp;Starts:</source>
            <translation>&amp;Dechrau:</translation>
        </message>
        <message>
            <location filename="ui/target_dialog.ui" line="29" />
            <source>&amp;Deadline:</source>
            <translation>Dyddiad t&amp;erfyn:</translation>
        </message>
    </context>
    <context>
        <name>TargetFilters</name>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="26" />
            <location filename="compactdesk/gui/pages/action_filters.py" line="33" />
            <location filename="compactdesk/gui/pages/action_filters.py" line="99" />
            <source>Any</source>
            <translation>Unrhyw un</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="27" />
            <source>Open (not done or dropped)</source>
            <translation>Ar agor (heb ei gwblhau na'i ollwng)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="40" />
            <source>&amp;Overdue only</source>
            <translation>Rhai &amp;hwyr yn unig</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="44" />
            <source>Search targets, partners, leads, progress (Ctrl+F)</source>
            <translation>Chwilio targedau, partneriaid, arweinwyr, cynnydd (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="47" />
            <source>C&amp;lear filters</source>
            <translation>C&amp;lirio hidlyddion</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="56" />
            <source>Search the action plan</source>
            <translation>Chwilio'r cynllun gweithredu</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="61" />
            <source>&amp;Status:</source>
            <translation>&amp;Statws:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="61" />
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="62" />
            <source>&amp;Code area:</source>
            <translation>Maes &amp;cod:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="92" />
            <source>None named</source>
            <translation>Dim un wedi'i enwi</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/pages/action_filters.py" line="93" />
            <source>None</source>
            <translation>Dim</translation>
        </message>
    </context>
    <context>
        <name>TermDialog</name>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="226" />
            <source>Seat: &lt;b&gt;{title}&lt;/b&gt; ({sector})</source>
            <translation>Sedd: &lt;b&gt;{title}&lt;/b&gt; ({sector})</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="228" />
            <source>a fixed end date</source>
            <translation>dyddiad gorffen penodol</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="230" />
            <source>Appoint to a seat</source>
            <translation>Penodi i sedd</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="247" />
            <source>Choose who is taking the seat…</source>
            <translation>Dewiswch bwy sy'n cymryd y sedd…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="258" />
            <source>End a term</source>
            <translation>Gorffen tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="261" />
            <source>&amp;Last day:</source>
            <translation>&amp;Diwrnod olaf:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="264" />
            <source>Change a term</source>
            <translation>Newid tymor</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="276" />
            <source>Appoint {person} to “{seat}”</source>
            <translation>Penodi {person} i “{seat}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="278" />
            <source>End {person}'s term on “{seat}”</source>
            <translation>Gorffen tymor {person} ar “{seat}”</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/dialogs/people.py" line="279" />
            <source>Change {person}'s term on “{seat}”</source>
            <translation>Newid tymor {person} ar “{seat}”</translation>
        </message>
        <message>
            <location filename="ui/term_dialog.ui" line="6" />
            <source>Term on a seat</source>
            <translation>Tymor ar sedd</translation>
        </message>
        <message>
            <location filename="ui/term_dialog.ui" line="18" />
            <source>&amp;Who:</source>
            <translation>&amp;Pwy:</translation>
        </message>
        <message>
            <location filename="ui/term_dialog.ui" line="20" />
            <source>&amp;From:</source>
            <translation>&amp;O:</translation>
        </message>
        <message>
            <location filename="ui/term_dialog.ui" line="22" />
            <source>&amp;Until:</source>
            <translation>&amp;Tan:</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="compactdesk/domain/text.py" line="52" />
            <source>Please give {what}; it cannot be left empty.</source>
            <translation>Rhowch {what}; ni ellir ei adael yn wag.</translation>
        </message>
        <message>
            <location filename="compactdesk/domain/text.py" line="66" />
            <source>{what}: {length:,} characters, but there is room for {limit:,} at most. Shorten it, or attach the full text as a paper.</source>
            <translation>{what}: {length:,} nod, ond mae lle i {limit:,} ar y mwyaf. Byrhewch y testun, neu atodwch y testun llawn fel papur.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="30" />
            <source>The {what} you chose is no longer in this group's records. Refresh the list and choose again.</source>
            <translation>Nid yw'r {what} a ddewisoch yng nghofnodion y grŵp hwn mwyach. Adnewyddwch y rhestr a dewis eto.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="53" />
            <source>agenda item</source>
            <translation>eitem agenda</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="56" />
            <source>meeting</source>
            <translation>cyfarfod</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="62" />
            <source>Please give {what}.</source>
            <translation>Rhowch {what}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="72" />
            <source>{what} ({day}) is outside the years CompactDesk keeps ({first} to {last}). Check the year.</source>
            <translation>{what} ({day}): mae hyn y tu allan i'r blynyddoedd y mae CompactDesk yn eu cadw ({first} i {last}). Gwiriwch y flwyddyn.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="81" />
            <source>{later} ({later_date}) cannot be before {earlier} ({earlier_date}). Check both dates.</source>
            <translation>{later} ({later_date}): ni all fod cyn {earlier} ({earlier_date}). Gwiriwch y ddau ddyddiad.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="94" />
            <source>{what} must be a whole number.</source>
            <translation>{what}: rhowch rif cyfan.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="97" />
            <source>{what} must be between {low} and {high}.</source>
            <translation>{what}: rhowch rif o {low} i {high}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="107" />
            <source>'{value}' is not a known {what}. Choose one of: {allowed}.</source>
            <translation>Nid yw '{value}' yn un o'r dewisiadau ar gyfer {what}. Dewiswch un o'r rhain: {allowed}.</translation>
        </message>
        <message>
            <location filename="compactdesk/services/common.py" line="113" />
            <source>the year</source>
            <translation>y flwyddyn</translation>
        </message>
        <message>
            <source>{what} is {length:,} characters long; the most it can hold is {limit:,}. Shorten it, or attach the full text as a paper.</source>
            <translation type="vanished">{what}: mae'n {length:,} nod o hyd; y mwyaf y gall ei ddal yw {limit:,}. Byrhewch y testun, neu atodwch y testun llawn fel papur.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="77" />
            <source>Set up the group</source>
            <translation>Sefydlu'r grŵp</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="82" />
            <source>This group's file is set up already, as {name}. The assistant can still add partner bodies, seats with their members, and a meeting; nothing held is added twice. The name, the words the group uses and the standards are changed on the Compact page.</source>
            <translation>Mae ffeil y grŵp hwn wedi'i sefydlu eisoes, fel {name}. Gall y cynorthwyydd ychwanegu cyrff partner, seddi gyda'u haelodau, a chyfarfod o hyd; ni chaiff dim sydd yn y ffeil ei ychwanegu ddwywaith. Caiff yr enw, y geiriau y mae'r grŵp yn eu defnyddio a'r safonau eu newid ar y dudalen Compact.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="87" />
            <source>A few questions and the group's file is ready: its name and area, the words it uses, the compact's standards, the partner bodies, the seats and who holds them, and the first meeting. Every step can be skipped and changed later; press Enter to take the suggestion and move on.</source>
            <translation>Ychydig o gwestiynau ac mae ffeil y grŵp yn barod: ei enw a'i ardal, y geiriau y mae'n eu defnyddio, safonau'r compact, y cyrff partner, y seddi a phwy sy'n eu dal, a'r cyfarfod cyntaf. Gellir hepgor pob cam a'i newid wedyn; pwyswch Enter i dderbyn yr awgrym a symud ymlaen.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="91" />
            <source>for example, Powys Compact Liaison Group</source>
            <translation>er enghraifft, Grŵp Cyswllt Compact Powys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="94" />
            <source>for example, Grŵp Cyswllt Compact Powys</source>
            <translation>er enghraifft, Grŵp Cyswllt Compact Powys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="95" />
            <source>The group's name in Welsh</source>
            <translation>Enw'r grŵp yn Gymraeg</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="97" />
            <source>for example, Powys</source>
            <translation>er enghraifft, Powys</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="102" />
            <source>The group's &amp;name:</source>
            <translation>E&amp;nw'r grŵp:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="103" />
            <source>In &amp;Welsh:</source>
            <translation>Yn &amp;Gymraeg:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="104" />
            <source>&amp;Area it covers:</source>
            <translation>Yr &amp;ardal y mae'n ei chwmpasu:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="106" />
            <source>The name heads every agenda and paper. The area names the usual partner bodies on a later page. Left empty, the group's name, words, standards and partners wait for later, and the assistant goes on to the seats.</source>
            <translation>Mae'r enw ar frig pob agenda a phapur. Mae'r ardal yn enwi'r cyrff partner arferol ar dudalen ddiweddarach. Os caiff ei adael yn wag, bydd enw, geiriau, safonau a phartneriaid y grŵp yn aros tan yn nes ymlaen, a bydd y cynorthwyydd yn symud ymlaen at y seddi.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="110" />
            <source>Not ready to set up your own group yet?</source>
            <translation>Ddim yn barod i sefydlu'ch grŵp eich hun eto?</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="112" />
            <source>Open the &amp;demo group instead, to look around first</source>
            <translation>Agor y grŵp &amp;enghreifftiol yn lle hynny, i edrych o gwmpas yn gyntaf</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="114" />
            <source>An invented group with a year of records; your own group's file is kept, and this assistant is in the File menu whenever you want it</source>
            <translation>Grŵp dychmygol gyda blwyddyn o gofnodion; caiff ffeil eich grŵp eich hun ei chadw, ac mae'r cynorthwyydd hwn yn y ddewislen Ffeil pryd bynnag y byddwch ei eisiau</translation>
        </message>
    </context>
    <context>
        <name>WordsPage</name>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="163" />
            <source>The words the group uses</source>
            <translation>Y geiriau y mae'r grŵp yn eu defnyddio</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="164" />
            <source>Agendas, letters and the annual review use these words; type others if yours differ.</source>
            <translation>Mae agendâu, llythyrau a'r adolygiad blynyddol yn defnyddio'r geiriau hyn; teipiwch eraill os yw'ch rhai chi'n wahanol.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="170" />
            <source>The &amp;group is a:</source>
            <translation>Gair am y &amp;grŵp:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="171" />
            <source>&amp;Someone who speaks for a partner body is a:</source>
            <translation>Gair am &amp;rywun sy'n siarad dros gorff partner:</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="176" />
            <source>A word of your own typed here is kept as the group's word in Welsh. English papers use the program's English word until you give yours on the Compact page.</source>
            <translation>Caiff gair o'ch dewis chi a deipiwch yma ei gadw fel gair y grŵp yn Gymraeg. Mae papurau Saesneg yn defnyddio gair Saesneg y rhaglen nes i chi roi eich gair chi ar y dudalen Compact.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/setup_pages.py" line="187" />
            <source>For example: "The {group} met on Tuesday; the council's {champion} gave feedback."</source>
            <translation>Er enghraifft: "Cyfarfu'r {group} ddydd Mawrth; rhoddodd {champion} y cyngor adborth."</translation>
        </message>
        <message>
            <source>liaison group</source>
            <translation type="vanished">grŵp cyswllt</translation>
        </message>
        <message>
            <source>steering group</source>
            <translation type="vanished">grŵp llywio</translation>
        </message>
        <message>
            <source>champion</source>
            <translation type="vanished">hyrwyddwr</translation>
        </message>
        <message>
            <source>representative</source>
            <translation type="vanished">cynrychiolydd</translation>
        </message>
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <location filename="compactdesk/gui/workbench.py" line="77" />
            <source>{what}: done. Ctrl+Z takes it back.</source>
            <translation>{what}: wedi'i wneud. Mae Ctrl+Z yn ei ddadwneud.</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/workbench.py" line="117" />
            <source>That step could not be taken back, so the undo history was cleared. Nothing was lost.</source>
            <translation>Ni ellid dadwneud y cam hwnnw, felly cafodd yr hanes dadwneud ei glirio. Ni chollwyd dim.</translation>
        </message>
    </context>
    <context>
        <name>_OpenOther</name>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="42" />
            <source>Making the demo group…</source>
            <translation>Wrthi'n creu'r grŵp enghreifftiol…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="43" />
            <source>Opening {name}…</source>
            <translation>Wrthi'n agor {name}…</translation>
        </message>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="74" />
            <source>CompactDesk cannot open that group's file</source>
            <translation>Ni all CompactDesk agor ffeil y grŵp hwnnw</translation>
        </message>
    </context>
    <context>
        <name>_Reopen</name>
        <message>
            <location filename="compactdesk/gui/safekeeping.py" line="200" />
            <source>CompactDesk cannot open the group's file</source>
            <translation>Ni all CompactDesk agor ffeil y grŵp</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="compactdesk/gui/store_files.py" line="38" />
            <source>Opening {name}</source>
            <translation>Wrthi'n agor {name}</translation>
        </message>
    </context>
</TS>
