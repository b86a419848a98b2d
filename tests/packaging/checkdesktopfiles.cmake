# Installs the desktop integration files (install component "desktop") into a scratch root
# and reads them as a desktop and a software centre would: desktop-file-validate and
# appstreamcli report nothing at all (no warning, not even a pedantic hint), the metainfo's
# id names the installed desktop file, the desktop file's icon is installed, and the newest
# release in the metainfo is the project's version.
# Run by ctest (cmake/Packaging.cmake): cmake -DBUILD_DIR= -DROOT= -DVERSION=
#   -DDESKTOP_FILE_VALIDATE= -DAPPSTREAMCLI= -P checkdesktopfiles.cmake
cmake_minimum_required(VERSION 3.21)

foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT ${tool})
        message(FATAL_ERROR "${tool} not found: `bash .ci/install-deps --tests` installs it")
    endif()
endforeach()

file(REMOVE_RECURSE ${ROOT})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --component desktop
                        --prefix ${ROOT}/usr
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
    message(FATAL_ERROR "cmake --install --component desktop failed: ${rc}")
endif()
set(share ${ROOT}/usr/share)

file(GLOB metainfos ${share}/metainfo/*.metainfo.xml)
file(GLOB desktops ${share}/applications/*.desktop)
list(LENGTH metainfos nMetainfo)
list(LENGTH desktops nDesktop)
if(NOT nMetainfo EQUAL 1 OR NOT nDesktop EQUAL 1)
    message(FATAL_ERROR "want one metainfo and one desktop file, installed: ${metainfos} ${desktops}")
endif()

# desktop-file-validate exits 0 on warnings and hints: any output is a failure.
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktops}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate (exit ${rc}):\n${out}")
endif()

# appstreamcli prints a verdict line either way; an issue is a line "E:", "W:", "I:" or "P:".
# validate-tree also checks that the metainfo's launchable is an installed desktop file.
foreach(args "validate;${metainfos}" "validate-tree;${ROOT}")
    execute_process(COMMAND ${APPSTREAMCLI} ${args} --no-net --pedantic --strict --explain
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(rc OR out MATCHES "(^|\n) *[EWIP]: ")
        list(JOIN args " " shown)
        message(FATAL_ERROR "appstreamcli ${shown} (exit ${rc}):\n${out}")
    endif()
endforeach()

file(READ ${metainfos} metainfo)
string(REGEX MATCH "<id>([^<]+)</id>" _ "${metainfo}")
set(id ${CMAKE_MATCH_1})
if(NOT desktops MATCHES "/${id}\\.desktop$" OR NOT metainfos MATCHES "/${id}\\.metainfo\\.xml$")
    message(FATAL_ERROR "the files are not named by the component id ${id}: ${desktops} ${metainfos}")
endif()

file(STRINGS ${desktops} iconLine REGEX "^Icon=")
string(REPLACE "Icon=" "" icon "${iconLine}")
file(GLOB icons ${share}/icons/hicolor/*/apps/${icon}.svg ${share}/icons/hicolor/*/apps/${icon}.png)
if(NOT icons)
    message(FATAL_ERROR "the desktop file's icon '${icon}' is not installed in hicolor")
endif()

# Releases are listed newest first.
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "newest metainfo release is '${CMAKE_MATCH_1}', project() says ${VERSION}")
endif()
message(STATUS "${id}: desktop file, icon and metainfo valid, release ${VERSION}")
