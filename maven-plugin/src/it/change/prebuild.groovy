// A file in the output directory that tcgen did not write; it must never be touched.
def mine = new File(basedir, 'target/generated-sources/tcgen/it/extra/Handwritten.java')
mine.parentFile.mkdirs()
mine.text = 'package it.extra;\n\n/** Written by hand. */\npublic final class Handwritten {\n    private Handwritten() {}\n}\n'
mine.setLastModified(1_000_000_000_000L)
return true
