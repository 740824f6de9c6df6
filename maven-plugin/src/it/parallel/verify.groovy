// Both modules generated and compiled their own bindings in a two-thread build.
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder implementation with a thread count of 2')
assert (log =~ /tcgen: \d+ files \(\d+ written, 0 unchanged, 0 removed\)/).count == 2
['alpha': ['v20221128'], 'beta': ['v20221128', 'v20230501']].each { module, versions ->
    def classes = new File(basedir, "$module/target/classes/it/$module")
    versions.each { assert new File(classes, "omics/$it/GetRunCallsRequest.class").isFile() : "$module $it" }
    assert new File(classes, 'core').isDirectory()
}
assert !new File(basedir, 'alpha/target/classes/it/alpha/omics/v20230501').exists()
return true
