; HRD Reader's Windows setup program, for NSIS 3 (makensis, which also runs on Linux).
; build_spec/windows_setup.py makes it from the one-folder build and passes these defines:
;   VERSION         the program's version (pyproject.toml), e.g. 0.1.0
;   SOURCE          the one-folder build: dist\hrd-reader
;   OUTFILE         dist\hrd-reader-VERSION-windows-amd64-setup.exe
;   TARGET          amd64-unicode where the NSIS in use has 64-bit stubs (Debian's does),
;                   else x86-unicode (the official Windows NSIS)
;   ICON            the program's .ico
;   LICENSE         the licence page's text (build_spec/windows/license.txt)
;   UNINSTALL_LIST  a generated file of Delete / RMDir lines: exactly the files installed
;   SIZE_KB         the installed size, for Installed apps
;
; What it does (README, "Install"): installs for the current user only, without
; administrator rights, into %LOCALAPPDATA%\Programs\HRD Reader; a Start-menu entry; .hrdpack
; files open in the reader on double-click; an uninstaller listed in Installed apps
; (HKCU ...\Uninstall); /S installs or uninstalls silently. Nothing is written outside the
; current user's profile.

Unicode true
Target ${TARGET}
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APP_NAME "HRD Reader"
!define EXE "hrd-reader.exe"
!define PROG_ID "HRDReader.Pack"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\org.cartercenter.HRDReader"
!define CLASSES "Software\Classes"
; The reader's own files in the user's profile (hrd_reader/gui/settings.py, crash.py): the
; folder QSettings names after the organisation, in Roaming and Local AppData.
!define DATA_FOLDER "HRD Reader"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "HRD Reader contributors; text: The Carter Center"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The setup speaks the languages the reader does; Windows' display language picks one.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Arabic"

!if "${TARGET}" == "x86-unicode"
; A 32-bit setup (the official NSIS has only x86 stubs) writes the same registry keys as the
; 64-bit one: the 64-bit view (the flag is ignored on 32-bit Windows).
Function .onInit
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd
!endif

Section "HRD Reader"
  SetOutPath "$INSTDIR"
  ; An earlier version's program files go first, so no stale library stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .hrdpack files: a ProgID of ours, the extension pointing at it, and the program in the
  ; "Open with" list. Per user (HKCU\Software\Classes), which needs no administrator.
  WriteRegStr HKCU "${CLASSES}\.hrdpack" "" "${PROG_ID}"
  WriteRegStr HKCU "${CLASSES}\.hrdpack" "Content Type" "application/x-hrdpack"
  WriteRegStr HKCU "${CLASSES}\.hrdpack\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}" "" "HRD Reader content pack"
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\SupportedTypes" ".hrdpack" ""
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon and double-click at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Installed apps (Settings) and Programs and Features list it, with a silent uninstall.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "HRD Reader contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; Exactly the files the setup put here (generated from the build), then the folders they
  ; were in when empty: anything else in the folder (a user's settings.ini, say) stays.
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; The reader's settings and logs in this user's profile: leaving no trace of the reader
  ; on the computer is what its users ask of it (README, "Safety").
  RMDir /r "$APPDATA\${DATA_FOLDER}"
  RMDir /r "$LOCALAPPDATA\${DATA_FOLDER}"

  ; The association, only where it is still ours.
  DeleteRegKey HKCU "${CLASSES}\${PROG_ID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegValue HKCU "${CLASSES}\.hrdpack\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.hrdpack\OpenWithProgids"
  ReadRegStr $0 HKCU "${CLASSES}\.hrdpack" ""
  StrCmp $0 "${PROG_ID}" 0 association_done
    DeleteRegValue HKCU "${CLASSES}\.hrdpack" ""
    DeleteRegValue HKCU "${CLASSES}\.hrdpack" "Content Type"
  association_done:
  DeleteRegKey /ifempty HKCU "${CLASSES}\.hrdpack"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
