; CompactDesk's Windows installer (Inno Setup 6): per user, no administrator rights needed.
;
; Built by `python packaging\build.py` on Windows (PyInstaller first, then this script through
; ISCC.exe when Inno Setup 6 is installed), which passes:
;   /DAppVersion=<compactdesk.__version__>  /DSourceDir=<dist\CompactDesk>  /DRoot=<the checkout>  /O<dist>
; By hand, from the checkout, after the bundle is built:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\compactdesk.iss
;
; The program goes in %LOCALAPPDATA%\Programs\CompactDesk. The groups' records live in
; %LOCALAPPDATA%\CompactDesk (platformdirs' user_data_dir, compactdesk/paths.py): a different folder,
; which neither this installer nor its uninstaller ever touches.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Root
  #define Root AddBackslash(SourcePath) + "..\.."
#endif
#ifndef SourceDir
  #define SourceDir Root + "\dist\CompactDesk"
#endif

[Setup]
AppId={{6C1E8F0A-5B7D-4E39-9C52-3A7D0F4B2E61}
AppName=CompactDesk
AppVersion={#AppVersion}
AppVerName=CompactDesk {#AppVersion}
AppPublisher=CompactDesk
DefaultDirName={localappdata}\Programs\CompactDesk
DefaultGroupName=CompactDesk
DisableProgramGroupPage=yes
DisableDirPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputBaseFilename=CompactDesk-{#AppVersion}-setup
#if FileExists(Root + "\resources\icons\compactdesk.ico")
SetupIconFile={#Root}\resources\icons\compactdesk.ico
#endif
#if FileExists(Root + "\LICENSE")
LicenseFile={#Root}\LICENSE
#endif
UninstallDisplayIcon={app}\CompactDesk.exe
UninstallDisplayName=CompactDesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: CompactDesk.exe (the window), compactdesk-cli.exe (the command line) and _internal.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\CompactDesk"; Filename: "{app}\CompactDesk.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\CompactDesk"; Filename: "{app}\CompactDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Double-clicking a .cdstore file opens it in CompactDesk (the current user's classes only: no admin rights).
Root: HKCU; Subkey: "Software\Classes\.cdstore"; ValueType: string; ValueName: ""; ValueData: "CompactDesk.Group"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.cdstore"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-compactdesk"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.cdstore\OpenWithProgids"; ValueType: string; ValueName: "CompactDesk.Group"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\CompactDesk.Group"; ValueType: string; ValueName: ""; ValueData: "CompactDesk group"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\CompactDesk.Group\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\CompactDesk.exe,0"
Root: HKCU; Subkey: "Software\Classes\CompactDesk.Group\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\CompactDesk.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\CompactDesk.exe\SupportedTypes"; ValueType: string; ValueName: ".cdstore"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\CompactDesk.exe"; Description: "{cm:LaunchProgram,CompactDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed in {app}. The records
; (%LOCALAPPDATA%\CompactDesk\*.cdstore), their backups and the log stay where they are.
