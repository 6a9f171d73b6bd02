@echo off
rem phonelock launcher for Windows (cmd.exe). Runs lib\phonelock.jar of this distribution with a
rem Java 17 or later runtime: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise java.exe
rem from PATH. Extra JVM options: PHONELOCK_JAVA_OPTS.
rem Exit status: phonelock's own (see README, "Exit codes"), or 1 when no usable Java is found.
rem Messages below avoid parentheses: inside an if block cmd.exe would read them as syntax.
setlocal EnableExtensions DisableDelayedExpansion

set "PHONELOCK_JAR=%~dp0..\lib\phonelock.jar"
set "PHONELOCK_JSA=%~dp0..\lib\phonelock.jsa"

if not defined JAVA_HOME goto java_from_path
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto check_version
>&2 echo phonelock: JAVA_HOME is "%JAVA_HOME%", but "%JAVA_EXE%" does not exist; point JAVA_HOME at a Java 17 or later installation, or unset it to use java from PATH
exit /b 1

:java_from_path
set "JAVA_EXE=java.exe"
where java.exe >nul 2>&1
if not errorlevel 1 goto check_version
>&2 echo phonelock: no Java runtime found; install Java 17 or later and put its bin folder on PATH, or set JAVA_HOME
exit /b 1

:check_version
rem java -version prints e.g.: openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_392".
rem "call" keeps the quoted path working inside for /f.
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
set "JAVA_MAJOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%JAVA_VERSION%") do (
  set "JAVA_MAJOR=%%a"
  if "%%a"=="1" set "JAVA_MAJOR=%%b"
)
if not defined JAVA_MAJOR goto unknown_version
rem set /a turns anything that is not a number into 0, which fails the check below.
set /a JAVA_MAJOR_NUMBER=JAVA_MAJOR 2>nul
if %JAVA_MAJOR_NUMBER% GEQ 17 goto run
>&2 echo phonelock: "%JAVA_EXE%" is Java %JAVA_VERSION%; phonelock needs Java 17 or later: install it and set JAVA_HOME or PATH to it
exit /b 1

:unknown_version
>&2 echo phonelock: cannot tell which Java version "%JAVA_EXE%" is; phonelock needs Java 17 or later
exit /b 1

:run
rem lib\phonelock.jsa, an AppCDS archive made for this jar, shortens start-up. The JVM checks that
rem it fits this jar and this JDK build; -Xshare:auto runs without it otherwise, quietly.
if not exist "%PHONELOCK_JSA%" goto run_without_archive
"%JAVA_EXE%" "-XX:SharedArchiveFile=%PHONELOCK_JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %PHONELOCK_JAVA_OPTS% -jar "%PHONELOCK_JAR%" %*
exit /b %ERRORLEVEL%

:run_without_archive
"%JAVA_EXE%" %PHONELOCK_JAVA_OPTS% -jar "%PHONELOCK_JAR%" %*
exit /b %ERRORLEVEL%
