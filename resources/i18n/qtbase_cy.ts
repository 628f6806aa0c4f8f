<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Dewis y cyfan</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Cam i &amp;fyny</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Cam i &amp;lawr</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>Debug Message:</source>
            <translation>Neges dadfygio:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Rhybudd:</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Gwall difrifol:</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Gwall angheuol:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Gwybodaeth:</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Dangos y neges hon eto</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Iawn</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Edrych yn:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mynd yn ôl</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ymlaen</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mynd ymlaen</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ffolder rhiant</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mynd i'r ffolder rhiant</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Golwg rhestr</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Newid i olwg rhestr</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Golwg manylion</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Newid i olwg manylion</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bar ochr</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Rhestr o leoedd a nodau tudalen</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Ffeiliau o'r math:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Canfod ffolder</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Cadw fel</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ffolder:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Enw'r ffeil:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Dewis</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Dangos </translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ailenwi</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Dangos ffeiliau &amp;cudd</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Ffolder &amp;newydd</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Ffolderi</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Heb ddod o hyd i'r ffolder.
Gwiriwch fod enw'r ffolder yn gywir.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Mae %1 yn bodoli'n barod.
Ydych chi am ei disodli?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Heb ddod o hyd i'r ffeil.
Gwiriwch fod enw'r ffeil yn gywir.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>Mae '%1' wedi'i diogelu rhag ysgrifennu.
Ydych chi am ei dileu beth bynnag?</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ffolder newydd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Ydych chi'n siŵr eich bod am ddileu '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Nid oedd modd dileu'r ffolder.</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Lleoedd diweddar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>Match OS X Finder</comment>
            <translation>Math</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Math</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dyddiad newid</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Fy nghyfrifiadur</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Cyfrifiadur</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Iawn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Ca&amp;nslo</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Ca&amp;u</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Cau heb gadw</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Rhowch werth:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos manylion...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio manylion...</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Ynghylch Qt&lt;/h3&gt;&lt;p&gt;Mae'r rhaglen hon yn defnyddio Qt fersiwn %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Ynghylch Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r &amp;cyfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Sgrolio yma</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Ymyl chwith</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Brig</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Ymyl dde</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Gwaelod</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Tudalen i'r chwith</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Tudalen i fyny</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Tudalen i'r dde</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Tudalen i lawr</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Sgrolio i'r chwith</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Sgrolio i fyny</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Sgrolio i'r dde</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Sgrolio i lawr</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Sgrolio i'r chwith</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Sgrolio i'r dde</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ail-wneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo &amp;lleoliad y ddolen</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>Go Back</source>
            <translation>Mynd yn ôl</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Yn ôl</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Parhau</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Nesaf</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Nesaf &gt;</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Cadarnhau</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi gorffen</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Gorffen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
</TS>
