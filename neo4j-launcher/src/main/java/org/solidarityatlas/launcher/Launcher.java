package org.solidarityatlas.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * <p>Usage: {@code java -cp ... Launcher <home-dir> <neo4j.conf> [<import-plan>]}; the password of
 * user {@code neo4j} comes from the environment variable {@code NEO4J_PASSWORD}, never from argv
 * (argv is visible to every user in {@code ps}). With an import plan (the initial load), this JVM
 * first runs neo4j-admin's import tool, says IMPORTED and waits for the parent's START line (the
 * parent swaps the new store in meanwhile) before it starts Neo4j: one JVM instead of two, whose
 * classes and compiled code the start then finds ready.
 *
 * <p>The parent (the Node start script) owns this process: when our stdin reaches end-of-file,
 * the parent is gone, and we shut down. That is what guarantees no orphan JVM even when the
 * parent is killed with SIGKILL and cannot forward a signal.
 */
public final class Launcher {
  private static final String READY_LINE = "neo4j-launcher: READY";
  private static final String IMPORTED_LINE = "neo4j-launcher: IMPORTED";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 && args.length != 3) {
      fail("usage: Launcher <home-dir> <neo4j.conf> [<import-plan>]");
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

    Parent parent = new Parent(args.length == 3);
    parent.start();
    if (args.length == 3) {
      importFirst(Path.of(args[2]));
      parent.importing = false;
      System.out.println(IMPORTED_LINE);
      System.out.flush();
      parent.answered.await();
      if (parent.gone.getCount() == 0) {
        System.exit(0);
      }
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

    parent.gone.await();
    System.exit(0);
  }

  /**
   * Runs the plan's neo4j-admin command (its first line the Neo4j home the command works in, then
   * one argument a line) in this JVM, its output on ours; a failure ends the JVM with code 3.
   */
  private static void importFirst(Path plan) throws IOException {
    List<String> lines = Files.readAllLines(plan, StandardCharsets.UTF_8);
    Path work = Path.of(lines.get(0)).toAbsolutePath();
    Path confDir = work.resolve("conf");
    Files.createDirectories(confDir);
    if (!Files.exists(confDir.resolve("neo4j.conf"))) {
      Files.writeString(confDir.resolve("neo4j.conf"), "");
    }
    List<String> command = lines.subList(1, lines.size());
    int code = adminTool(work, confDir, System.out, command.toArray(String[]::new));
    System.out.flush();
    if (code != 0) {
      String name = String.join(" ", command.subList(0, Math.min(3, command.size())));
      System.err.println("neo4j-launcher: neo4j-admin " + name + " failed (exit " + code + ")");
      System.exit(3);
    }
  }

  /**
   * Reads the parent's stdin: a START line after an import, end-of-file when the parent is gone.
   * Gone during an import, the tool stops at once (the parent removes its folder); gone later,
   * main shuts Neo4j down, after a start in progress has finished.
   */
  private static final class Parent extends Thread {
    final CountDownLatch answered = new CountDownLatch(1);
    final CountDownLatch gone = new CountDownLatch(1);
    volatile boolean importing;

    Parent(boolean importing) {
      super("neo4j-launcher-parent");
      setDaemon(true);
      this.importing = importing;
    }

    @Override
    public void run() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.equals("START")) {
            answered.countDown();
          }
        }
      } catch (IOException e) {
        log("stdin closed: " + e.getMessage());
      }
      if (importing) {
        Runtime.getRuntime().halt(1);
      }
      gone.countDown();
      answered.countDown();
    }
  }

  /** neo4j-admin dbms set-initial-password, in this JVM: the password stays out of argv. */
  private static void setInitialPassword(Path home, Path confDir, String password) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    if (adminTool(home, confDir, quiet, "dbms", "set-initial-password", password) != 0) {
      fail("could not set the initial password of user neo4j (see the lines above)");
    }
  }

  /** A neo4j-admin command in this JVM, on the given Neo4j home; returns its exit code. */
  private static int adminTool(Path home, Path confDir, PrintStream out, String... command) {
    ExecutionContext context = new ExecutionContext(home, confDir, out, System.err, new DefaultFileSystemAbstraction());
    return AdminTool.execute(context, command);
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

  private static void log(String message) {
    System.out.println("neo4j-launcher: " + message);
    System.out.flush();
  }

  private static void fail(String message) {
    System.err.println("neo4j-launcher: " + message);
    System.exit(2);
  }
}
