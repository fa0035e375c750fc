@echo off
rem SafeRoll for writers on Windows: saferoll check, preview, new TYPE ID or build.
rem The same as ./saferoll: compiles the pipeline with Maven when needed, then runs it in a fresh JVM.
setlocal
cd /d "%~dp0"
set "STALE=0"
if not exist target\classpath.txt set "STALE=1"
if not exist target\saferoll-java.args set "STALE=1"
if "%STALE%"=="0" (
  rem Stale when pom.xml or a file under src\main is newer than the classpath file.
  powershell -NoProfile -Command "$t=(Get-Item target\classpath.txt).LastWriteTime; if ((Get-Item pom.xml).LastWriteTime -gt $t -or (Get-ChildItem -Recurse -File src\main | Where-Object { $_.LastWriteTime -gt $t })) { exit 1 }"
  if errorlevel 1 set "STALE=1"
)
if "%STALE%"=="1" (
  echo saferoll: compiling, the first run downloads what the build needs and takes a minute... 1>&2
  call mvn -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  if errorlevel 1 exit /b 3
  rem The classpath is longer than a command line may be: hand it to java in an argument file.
  powershell -NoProfile -Command "$cp=(Get-Content -Raw target\classpath.txt).Trim().Replace([char]92,[char]47); Set-Content -Encoding ascii target\saferoll-java.args ('-cp', ([char]34 + 'target/classes;' + $cp + [char]34))"
  if errorlevel 1 exit /b 3
)
rem --prose: the spelling and grammar checker (LanguageTool) lives outside the build's classpath; Maven fetches it on first use.
set "PROSE=0"
for %%a in (%*) do if /i "%%~a"=="--prose" set "PROSE=1"
if "%PROSE%"=="1" if not exist target\prose-classpath.txt set "STALE=1"
if "%PROSE%%STALE%"=="11" (
  echo saferoll: preparing the spelling and grammar checker; the first time, Maven fetches LanguageTool, about 63 MB... 1>&2
  call mvn -q -B -Dstyle.color=never -Pprose compiler:testCompile@prose dependency:build-classpath@prose
  if errorlevel 1 (
    echo saferoll: Maven could not fetch the spelling and grammar checker; check the network, then run saferoll check --prose again 1>&2
    exit /b 3
  )
)
rem JVM flags measured in docs/benchmarks.md; ./saferoll and the Maven build (pom.xml) use the same.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m -Djruby.compile.mode=OFF -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -Xss4m %SAFEROLL_JAVA_OPTS% @target\saferoll-java.args org.saferoll.cli.SafeRoll %*
exit /b %ERRORLEVEL%
