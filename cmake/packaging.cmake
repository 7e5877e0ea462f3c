# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack` in a build folder (scripts/package does it) writes
# rls-diary_<version>_<arch>.deb holding what the install() rules install: the app and its
# window library (/usr/lib/rls-diary), its launcher, metainfo and icons, under /usr. Nothing of
# the tests, benchmarks or fuzzers has an install() rule, so none of them is in it;
# tests/packaging checks both.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rls-diary)
set(CPACK_PACKAGE_VENDOR "The RLS Diary developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, one line of the control file each (CPack indents them).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "An evening diary for people with restless legs syndrome: symptoms, sleep (the"
    "Consensus Sleep Diary), magnesium and iron doses, caffeine and alcohol. Trend"
    "charts and insights show whether what you try helps; a doctor's report as a PDF"
    "and export to CSV or xlsx take it to an appointment."
    ""
    "The diary stays on the computer, in one file. The app informs; it does not"
    "diagnose.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The RLS Diary developers <maintainers@rlsdiary.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The binary of a RelWithDebInfo build is mostly debug information nobody installing needs.
set(CPACK_STRIP_FILES ON)

# Debian 12's names of what the binary and its window library link (objdump -p: NEEDED), listed rather than found by
# dpkg-shlibdeps so that packaging needs nothing beyond dpkg; the package test fails when a
# library the binary needs comes from a package missing here. Beyond what it links: the icon
# engine that draws the window's SVG icon (libqt6svg6), the report's font (DejaVu Sans) and Qt's
# own translations (qtbase_de.qm: the standard buttons of the German window).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6"
    "libgcc-s1"
    "libstdc++6"
    "libqt6core6 (>= 6.4)"
    "libqt6gui6 (>= 6.4)"
    "libqt6widgets6 (>= 6.4)"
    "libqt6printsupport6 (>= 6.4)"
    "libqt6network6 (>= 6.4)"
    "libqt6svg6 (>= 6.4)"
    "libqcustomplot2.1-qt6"
    "libsqlite3-0"
    "libxlsxwriter4"
    "fonts-dejavu-core"
    "qt6-translations-l10n")
list(JOIN CPACK_DEBIAN_PACKAGE_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

include(CPack)
