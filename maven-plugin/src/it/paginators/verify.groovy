// The consumer's paginators walked the generated sandbox's pages.
def out = new File(basedir, 'target/generated-sources/tcgen')
assert new File(out, 'it/paginators/client/core/Paginator.java').isFile()
assert new File(out, 'it/paginators/client/core/internal/SandboxPaging.java').isFile()
assert new File(out, 'it/paginators/client/paged/v20240301/PagedSandbox.java').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
