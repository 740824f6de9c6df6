// Adding an optional field rewrote only the record that has it; removing a data type deleted its file;
// the hand-written file in the output directory was left alone throughout.
def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it }
    found
}
def changed = { Map old, Map now -> old.keySet().intersect(now.keySet()).findAll { old[it].bytes != now[it].bytes } as Set }
def touched = { Map old, Map now -> old.keySet().intersect(now.keySet()).findAll { old[it].lastModified() != now[it].lastModified() } as Set }

def pkg = 'dev/tcgen/client/omics/v20221128/'
def v1 = files(new File(basedir, 'target/before-2'))
def v2 = files(new File(basedir, 'target/before-3'))
def v3 = files(new File(basedir, 'target/generated-sources/tcgen'))

// Step 2: the optional field WorkDir was added to RunMetadata.
assert v1.containsKey(pkg + 'Tag.java')
assert v1.keySet() == v2.keySet()
assert changed(v1, v2) == [pkg + 'RunMetadata.java', '.tcgen-stamp'] as Set
assert touched(v1, v2) == [pkg + 'RunMetadata.java', '.tcgen-stamp'] as Set
assert v2[pkg + 'RunMetadata.java'].text.contains('workDir')

// Step 3: the Tag type (and the field using it) was removed.
assert v2.keySet() - v3.keySet() == [pkg + 'Tag.java'] as Set
assert v3.keySet() - v2.keySet() == [] as Set
assert changed(v2, v3) == [pkg + 'RunMetadata.java', '.tcgen-files', '.tcgen-stamp'] as Set
assert touched(v2, v3) == [pkg + 'RunMetadata.java', '.tcgen-files', '.tcgen-stamp'] as Set
assert !v3[pkg + 'RunMetadata.java'].text.contains('Tag')

def mine = v3['it/extra/Handwritten.java']
assert mine != null && mine.lastModified() == 1_000_000_000_000L
assert mine.text.contains('Written by hand.')
assert !new File(basedir, 'target/generated-sources/tcgen/.tcgen-files').text.contains('Handwritten')

def log = new File(basedir, 'build.log').text
def n = v1.keySet().count { it.endsWith('.java') && !it.startsWith('it/extra/') }
assert log.contains("tcgen: $n files ($n written, 0 unchanged, 0 removed)")
assert log.contains("tcgen: $n files (1 written, ${n - 1} unchanged, 0 removed)")
assert log.contains("tcgen: ${n - 1} files (1 written, ${n - 2} unchanged, 1 removed)")
return true
