# The desktop integration files, checked as installed. Included by the top-level
# CMakeLists.txt after every install rule.

if(BUILD_TESTING)
    find_program(THUKY_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(THUKY_APPSTREAMCLI appstreamcli)
    # The desktop file and the metainfo, as installed, pass both validators without a word.
    add_test(NAME packaging_desktop_files
        COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                -DROOT=${PROJECT_BINARY_DIR}/packaging/desktop-files -DVERSION=${PROJECT_VERSION}
                -DDESKTOP_FILE_VALIDATE=${THUKY_DESKTOP_FILE_VALIDATE}
                -DAPPSTREAMCLI=${THUKY_APPSTREAMCLI}
                -P ${PROJECT_SOURCE_DIR}/tests/packaging/checkdesktopfiles.cmake)
endif()
