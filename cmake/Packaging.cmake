# The Debian package an office installs: `cpack -G DEB` in the build folder (or the `package`
# target) writes thuky_<version>_<arch>.deb, and `apt-get install ./thuky_*.deb` brings what
# it needs to run. Included by the top-level CMakeLists.txt after every install rule.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME thuky)
set(CPACK_PACKAGE_VENDOR "Thư Ký developers")
set(CPACK_PACKAGE_CONTACT "Thư Ký developers <dev@thuky.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "secretariat tool for steering committees")
set(CPACK_PACKAGE_DESCRIPTION
    "Thư Ký replaces the Word files and Excel sheets that the secretariat team of a
provincial steering committee and its district committees keeps: the committee
roster with roles, decisions and reorganisations; meetings, attendance and printed
minutes; collaborator opinion reports with diacritic-insensitive search; charts
and weekly and quarterly reports. It works offline, in Vietnamese or English, on
an embedded SQLite database or a shared PostgreSQL server.
.
The package holds the desktop application (thuky) and the command line
(thuky-cli, which runs thuky-cli-draw for the commands that draw charts).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the executables link (Qt, libsodium, libsqlite3, qtkeychain …) come from
# dpkg-shlibdeps (package dpkg-dev), with the versions they were built against. What is loaded
# at run time without being linked is listed here: the SQL drivers, the printed font, and the
# libraries looked up at their first use (core/db/lazylibrary.h: XLSX, ODT, COPY). The X11 and offscreen platform plugins ship in libqt6gui6 and the SVG icon
# plugins in libqt6svg6, both linked (tests/packaging/checkdeb.cmake checks they stay in).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, fonts-liberation2, libxlsxwriter4, libzip4, libpq5")
# Native Wayland windows (XWayland works without it); a Secret Service keychain for the
# server password (a prompt works without it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
include(CPack)

if(BUILD_TESTING)
    find_program(THUKY_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(THUKY_APPSTREAMCLI appstreamcli)
    find_program(THUKY_DPKG_DEB dpkg-deb)
    # The desktop file and the metainfo, as installed, pass both validators without a word.
    add_test(NAME packaging_desktop_files
        COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                -DROOT=${PROJECT_BINARY_DIR}/packaging/desktop-files -DVERSION=${PROJECT_VERSION}
                -DDESKTOP_FILE_VALIDATE=${THUKY_DESKTOP_FILE_VALIDATE}
                -DAPPSTREAMCLI=${THUKY_APPSTREAMCLI}
                -P ${PROJECT_SOURCE_DIR}/tests/packaging/checkdesktopfiles.cmake)
    # The .deb holds the three executables and the desktop files under /usr and declares
    # what they need at run time.
    add_test(NAME packaging_deb
        COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                -DOUT=${PROJECT_BINARY_DIR}/packaging/deb -DVERSION=${PROJECT_VERSION}
                -DCPACK=${CMAKE_CPACK_COMMAND} -DDPKG_DEB=${THUKY_DPKG_DEB}
                -P ${PROJECT_SOURCE_DIR}/tests/packaging/checkdeb.cmake)
    set_tests_properties(packaging_deb PROPERTIES TIMEOUT 600)
endif()
