package org.solidarityatlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Runs Neo4j Community 5.26 embedded with its Bolt connector, so the project gets a real Neo4j
 * server without Docker or the server tarball (which Maven Central does not publish).
 *
 * <p>Usage: {@code java -cp ... Launcher <home-dir> <neo4j.conf>}; the password of user
 * {@code neo4j} comes from the environment variable {@code NEO4J_PASSWORD}, never from argv
 * (argv is visible to every user in {@code ps}).
 *
 * <p>The parent (the Node start script) owns this process: when our stdin reaches end-of-file,
 * the parent is gone, and we shut down. That is what guarantees no orphan JVM even when the
 * parent is killed with SIGKILL and cannot forward a signal.
 */
public final class Launcher {
  private static final String READY_LINE = "neo4j-launcher: READY";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      fail("usage: Launcher <home-dir> <neo4j.conf>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();
    if (!Files.isRegularFile(conf)) {
      fail("config file not found: " + conf);
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set and at least 8 characters long");
    }

    log("starting Neo4j in " + home);
    long started = System.nanoTime();
    // The first start of a home sets the password the way neo4j-admin does, before the system
    // database exists: an ALTER USER would be the JVM's first Cypher query, 1.4 s of every start.
    boolean firstStart = !Files.isDirectory(home.resolve("data").resolve("databases").resolve("system"));
    if (firstStart) {
      setInitialPassword(home, conf.getParent(), password);
    }
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("stopping Neo4j");
                  service.shutdown();
                  log("stopped");
                  stopped.countDown();
                },
                "neo4j-launcher-shutdown"));

    if (!firstStart) {
      setPassword(service, password);
    }
    log(String.format("started in %.1f s", (System.nanoTime() - started) / 1e9));
    System.out.println(READY_LINE);
    System.out.flush();

    waitForParentToGo();
    System.exit(0);
  }

  /** neo4j-admin dbms set-initial-password, in this JVM: the password stays out of argv. */
  private static void setInitialPassword(Path home, Path confDir, String password) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    ExecutionContext context = new ExecutionContext(home, confDir, quiet, System.err, new DefaultFileSystemAbstraction());
    if (AdminTool.execute(context, "dbms", "set-initial-password", password) != 0) {
      fail("could not set the initial password of user neo4j (see the lines above)");
    }
  }

  /** Embedded transactions bypass auth, so the system database accepts the password change. */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service
          .database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to its current value; that is the warm-start case.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForParentToGo() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only end-of-file matters.
      }
    } catch (IOException e) {
      log("stdin closed: " + e.getMessage());
    }
  }

  private static void log(String message) {
    System.out.println("neo4j-launcher: " + message);
    System.out.flush();
  }

  private static void fail(String message) {
    System.err.println("neo4j-launcher: " + message);
    System.exit(2);
  }
}
