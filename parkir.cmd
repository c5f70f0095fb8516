@echo off
rem Runs the `parkir` command on Windows, like ./parkir: in a clone it first builds the fat jar when it is missing or
rem older than any module's sources or pom; in the distribution zip it uses the parkir.jar beside it. It runs a copy
rem named by the jar's hash, so a rebuild or an upgrade never replaces the jar under a running server (decision 0024).
setlocal EnableExtensions
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"

if exist "%HERE%\parkir.jar" if not exist "%HERE%\pom.xml" (
  set "JAR=%HERE%\parkir.jar"
  goto run
)
set "JAR=%HERE%\parkir-app\target\parkir.jar"
set "STALE="
for /f "usebackq delims=" %%s in (`powershell -NoProfile -Command ^
  "$jar = '%JAR%'; if (-not (Test-Path $jar)) { 'missing'; exit };" ^
  "$t = (Get-Item $jar).LastWriteTimeUtc;" ^
  "Get-ChildItem -Path '%HERE%' -Recurse -File -ErrorAction SilentlyContinue |" ^
  " Where-Object { $_.FullName -notmatch '\\target\\' -and ($_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\main\\') -and $_.LastWriteTimeUtc -gt $t } |" ^
  " Select-Object -First 1 | ForEach-Object { 'stale' }"`) do set "STALE=%%s"
if defined STALE (
  echo parkir: building ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -B -q -DskipTests -Dspotless.check.skip=true -pl parkir-app -am package 1>&2
  set "RC=%ERRORLEVEL%"
  popd
  if not "%RC%"=="0" exit /b %RC%
)

:run
if defined PARKIR_JAR_CACHE (set "CACHE=%PARKIR_JAR_CACHE%") else (set "CACHE=%LOCALAPPDATA%\SistemParkir\jars")
for /f "usebackq delims=" %%h in (`powershell -NoProfile -Command ^
  "(Get-FileHash -Algorithm SHA256 -LiteralPath '%JAR%').Hash.Substring(0,16).ToLower()"`) do set "HASH=%%h"
set "COPY=%CACHE%\parkir-%HASH%.jar"
if not exist "%COPY%" (
  if not exist "%CACHE%" mkdir "%CACHE%"
  copy /y "%JAR%" "%COPY%.tmp" >nul && move /y "%COPY%.tmp" "%COPY%" >nul
)
rem `parkir server` gets an explicit heap instead of the JVM's default (a quarter of the RAM), as measured in
rem docs\performance.md; PARKIR_JAVA_OPTS, when defined, replaces it for every command.
if defined PARKIR_JAVA_OPTS (
  set "OPTS=%PARKIR_JAVA_OPTS%"
) else if /i "%~1"=="server" (
  set "OPTS=-Xmx256m -XX:TieredStopAtLevel=1"
) else (
  set "OPTS="
)
java %OPTS% -jar "%COPY%" %*
exit /b %ERRORLEVEL%
