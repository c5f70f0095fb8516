#!/usr/bin/env bash
# Makes the user guide's screenshots with real windows under Xvfb (needs: apt-get install -y xvfb libgtk-3-0 imagemagick).
# Runs the ScreenshotTour and AdminScreenshotTour tests of parkir-desktop against a real embedded server and writes docs/images/*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/docs/images"
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B -q verify -pl parkir-desktop -am \
  -Dtest=ScreenshotTour,AdminScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Ddesktop.test.argLine="-Dprism.order=sw -Dparkir.screenshots=$out"
ls -l "$out"/*.png
