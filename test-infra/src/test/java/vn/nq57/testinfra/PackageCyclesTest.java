package vn.nq57.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCyclesTest {

    @TempDir
    Path sources;

    private void write(String pkg, String name, String body) throws IOException {
        Path dir = sources.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".java"), "package " + pkg + ";\n\n" + body);
    }

    @Test
    void findsALoopThroughImportsAndQualifiedNames() throws IOException {
        write("vn.nq57.x.round", "Resource", "import vn.nq57.x.notes.Notes;\nclass Resource {}\n");
        write("vn.nq57.x.notes", "Notes", "class Notes { vn.nq57.x.round.Context c; }\n");
        write("vn.nq57.x.unit", "Unit", "import java.util.List;\nclass Unit {}\n");
        assertEquals(List.of(List.of("vn.nq57.x.notes", "vn.nq57.x.round")),
                PackageCycles.cycles(PackageCycles.dependencies(sources, "vn.nq57.x")));
        AssertionError failure = assertThrows(AssertionError.class, () -> PackageCycles.assertNone(sources, "vn.nq57.x"));
        assertTrue(failure.getMessage().contains("vn.nq57.x.notes -> vn.nq57.x.round"), failure.getMessage());
    }

    @Test
    void layersThatOnlyPointDownPass() throws IOException {
        write("vn.nq57.x.api", "Resource", "import vn.nq57.x.round.Service;\nimport vn.nq57.x.unit.Unit;\nclass Resource {}\n");
        write("vn.nq57.x.round", "Service", "import vn.nq57.x.unit.Unit;\nclass Service {}\n");
        // names in comments and strings are not uses
        write("vn.nq57.x.unit", "Unit", "/** see vn.nq57.x.api.Resource */\nclass Unit { String s = \"vn.nq57.x.round.Service\"; }\n");
        PackageCycles.assertNone(sources, "vn.nq57.x");
        assertEquals(Map.of("vn.nq57.x.api", Set.of("vn.nq57.x.round", "vn.nq57.x.unit"),
                "vn.nq57.x.round", Set.of("vn.nq57.x.unit"), "vn.nq57.x.unit", Set.of()),
                PackageCycles.dependencies(sources, "vn.nq57.x"));
    }
}
