# Installing mealplan like any command-line tool (GNU layout): the program in bin/, the data
# it reads in share/mealplan/ (the program finds it from its own location,
# src/core/data_paths.cpp), a man page made from the program's own --help, bash completion,
# and a Debian package whose dependencies are read from the libraries the program links.
include(GNUInstallDirs)

install(TARGETS mealplan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mealplan)

find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(MEALPLAN_MAN_PAGE ${PROJECT_BINARY_DIR}/mealplan.1)
  # A section per command, from each command's own --help (packaging/man-commands); it is
  # included first so that it follows OPTIONS.
  set(MEALPLAN_MAN_COMMANDS ${PROJECT_BINARY_DIR}/mealplan-commands.h2m)
  add_custom_command(
    OUTPUT ${MEALPLAN_MAN_PAGE}
    COMMAND ${PROJECT_SOURCE_DIR}/packaging/man-commands $<TARGET_FILE:mealplan>
            ${MEALPLAN_MAN_COMMANDS}
    COMMAND ${HELP2MAN} --no-info --section=1 --source=mealplan
            "--name=meal plans that meet the nutrient targets of the DRI tables"
            --include=${MEALPLAN_MAN_COMMANDS}
            --include=${PROJECT_SOURCE_DIR}/packaging/mealplan.h2m
            --output=${MEALPLAN_MAN_PAGE} $<TARGET_FILE:mealplan>
    DEPENDS mealplan ${PROJECT_SOURCE_DIR}/packaging/mealplan.h2m
            ${PROJECT_SOURCE_DIR}/packaging/man-commands
    COMMENT "Writing the man page from mealplan --help and each command's --help")
  add_custom_target(mealplan_man_page ALL DEPENDS ${MEALPLAN_MAN_PAGE})
  install(FILES ${MEALPLAN_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: the install has no man page (tools/install-deps)")
endif()

install(FILES ${PROJECT_SOURCE_DIR}/packaging/mealplan.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME mealplan)

set(CPACK_PACKAGE_NAME mealplan)
set(CPACK_PACKAGE_VENDOR "mealplan")
set(CPACK_PACKAGE_CONTACT "mealplan maintainers <mealplan@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Meal plans that meet a person's nutrient targets, from USDA SR28 and the DRI tables")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# The dependencies are the shared libraries the program links, as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
