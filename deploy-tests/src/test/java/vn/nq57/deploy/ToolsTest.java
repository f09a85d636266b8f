package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A missing tool fails with the package to install, not with an obscure process error. */
class ToolsTest {

    @Test
    void aMissingToolNamesTheDebianPackageToInstall() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> Tools.require("nq57-no-such-tool", "kubernetes-client"));
        assertTrue(error.getMessage().contains("'nq57-no-such-tool' is not on the PATH"), error.getMessage());
        assertTrue(error.getMessage().contains("apt-get install kubernetes-client"), error.getMessage());
    }

    @Test
    void thePresentToolsAreAccepted() {
        Tools.require("kubectl", "kubernetes-client");
        Tools.require("docker-compose", "docker-compose");
        Tools.Result result = Tools.run(Repo.root(), "kubectl", "version", "--client");
        assertTrue(result.exitCode() == 0 && result.stdout().contains("Client Version"), result.stdout() + result.stderr());
    }
}
