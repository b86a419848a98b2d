# Builds the .deb with CPack from the built tree and reads it back with dpkg-deb: one package
# thuky_<version>_<arch>.deb whose files all lie under /usr (the three executables in
# /usr/bin, so that thuky-cli finds thuky-cli-draw beside it; the desktop file, icon,
# metainfo and copyright), and whose Depends names what a pristine Debian 12 lacks to run
# them: the linked libraries (found by dpkg-shlibdeps) and the ones loaded at run time.
# Run by ctest (cmake/Packaging.cmake) after the executables are built:
#   cmake -DBUILD_DIR= -DOUT= -DVERSION= -DCPACK= -DDPKG_DEB= -P checkdeb.cmake
cmake_minimum_required(VERSION 3.21)

if(NOT DPKG_DEB)
    message(FATAL_ERROR "dpkg-deb not found")
endif()
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc)
    message(FATAL_ERROR "cpack -G DEB failed (exit ${rc}):\n${out}")
endif()
file(GLOB debs ${OUT}/thuky_${VERSION}_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "want one thuky_${VERSION}_<arch>.deb, cpack wrote: ${debs}\n${out}")
endif()

execute_process(COMMAND ${DPKG_DEB} --field ${debs} Package Version Section Maintainer Depends
                RESULT_VARIABLE rc OUTPUT_VARIABLE fields)
if(rc)
    message(FATAL_ERROR "dpkg-deb --field failed: ${rc}")
endif()
foreach(want "Package: thuky" "Version: ${VERSION}" "Section: misc" "Maintainer: [^\n]+<[^>]+@")
    if(NOT fields MATCHES "(^|\n)${want}")
        message(FATAL_ERROR "control field '${want}' missing:\n${fields}")
    endif()
endforeach()
string(REGEX MATCH "Depends: [^\n]*" depends "${fields}")
foreach(package
        # linked: Qt, the password hash, bulk import, the keychain
        libqt6widgets6 libqt6charts6 libqt6sql6 libqt6printsupport6 libsodium23 libsqlite3-0
        libqt6keychain1
        # loaded at run time: the SQL drivers, the SVG icon plugins, the printed font, XLSX,
        # ODT page set-up, COPY
        libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 fonts-liberation2 libxlsxwriter4 libzip4
        libpq5)
    if(NOT depends MATCHES "[ ,]${package}( |,|$)")
        message(FATAL_ERROR "Depends lacks ${package}:\n${depends}")
    endif()
endforeach()

execute_process(COMMAND ${DPKG_DEB} --contents ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(rc)
    message(FATAL_ERROR "dpkg-deb --contents failed: ${rc}")
endif()
# The path is the last column of each `tar tv` line.
string(REGEX MATCHALL "\\./[^\n]*" paths "${listing}")
foreach(path ${paths})
    if(NOT path MATCHES "^\\./(usr/.*)?$")
        message(FATAL_ERROR "file outside /usr in the package: ${path}")
    endif()
endforeach()
foreach(want usr/bin/thuky usr/bin/thuky-cli usr/bin/thuky-cli-draw
        "usr/share/applications/[^/]+\\.desktop" "usr/share/metainfo/[^/]+\\.metainfo\\.xml"
        "usr/share/icons/hicolor/scalable/apps/[^/]+\\.svg" usr/share/doc/thuky/copyright)
    if(NOT listing MATCHES "\\./${want}(\n|$)")
        message(FATAL_ERROR "${want} is not in the package:\n${listing}")
    endif()
endforeach()
message(STATUS "${debs}: files under /usr, ${depends}")
