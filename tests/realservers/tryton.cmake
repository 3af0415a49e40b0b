# Tryton 6.0: the fixture tryton_server starts a throwaway server (SQLite database under the
# build tree, free port) with scripts/realservers/tryton-start.sh and stops it afterwards.
# Without Tryton installed the fixture fails with a sentence naming tryton-install.sh, and the
# tests that need it fail too (they are not skipped).
set(_tryton_dir ${CMAKE_CURRENT_BINARY_DIR}/tryton-server)
set(_tryton_scripts ${PROJECT_SOURCE_DIR}/scripts/realservers)

add_test(NAME tryton_server_start COMMAND bash ${_tryton_scripts}/tryton-start.sh ${_tryton_dir} 0)
set_tests_properties(tryton_server_start PROPERTIES FIXTURES_SETUP tryton_server LABELS realserver TIMEOUT 900)
add_test(NAME tryton_server_stop COMMAND bash ${_tryton_scripts}/tryton-stop.sh ${_tryton_dir})
set_tests_properties(tryton_server_stop PROPERTIES FIXTURES_CLEANUP tryton_server LABELS realserver TIMEOUT 60)

backroom_add_test(NAME tst_trytonadapter SOURCES tst_trytonadapter.cpp trytonserver.h
  LIBS backroom_sync_erp backroom_sync_journal Qt6::Network TIMEOUT 300 LABELS realserver)
backroom_add_test(NAME tst_e2e_tryton SOURCES tst_e2e_tryton.cpp trytonserver.h ../e2e/e2eutil.h
  LIBS backroom_sim backroom_sync_journal Qt6::Network TIMEOUT 600 LABELS realserver)
if(TARGET tst_e2e_tryton)
  add_dependencies(tst_e2e_tryton backroom)
endif()
foreach(_t tst_trytonadapter tst_e2e_tryton)
  if(TARGET ${_t})
    set_tests_properties(${_t} PROPERTIES FIXTURES_REQUIRED tryton_server RESOURCE_LOCK tryton_server)
    set_property(TEST ${_t} APPEND PROPERTY ENVIRONMENT "TRYTON_SERVER_DIR=${_tryton_dir};QTEST_FUNCTION_TIMEOUT=590000")
  endif()
endforeach()

# The config keys of erp.type "tryton" (no server needed).
backroom_add_test(NAME tst_trytonconfig SOURCES tst_trytonconfig.cpp LIBS backroom_sync_erp backroom_sync_config LABELS erp)
backroom_add_test(NAME tst_trytonerrors SOURCES tst_trytonerrors.cpp LIBS backroom_sync_erp LABELS erp)
