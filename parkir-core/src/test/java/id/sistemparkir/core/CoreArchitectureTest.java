package id.sistemparkir.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLConnection;

/**
 * Core is pure (CONVENTIONS 1 and 3): no UI, no server framework, no database, no network, no files, no logging
 * and no console. Applies to the production classes of every core package.
 */
@AnalyzeClasses(packages = "id.sistemparkir.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworksDatabasesOrLogging = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "io.javalin..", "java.sql..", "javax.sql..", "java.net.http..", "org.slf4j..")
            .because("core is the pure domain; frameworks, JDBC and logging belong to the outer modules");

    @ArchTest
    static final ArchRule noFileSystem = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..")
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching("java\\.io\\.(File.*|RandomAccessFile)")
            .because("core does no I/O: files are read and written by the client and the server");

    @ArchTest
    static final ArchRule noSockets = noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Socket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ServerSocket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(DatagramSocket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(URLConnection.class)
            .because("core does no network I/O");

    @ArchTest
    static final ArchRule noImagesOrDesktopGraphics = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("QR codes stay bit matrices in core; rendering is the desktop's and the printer's job");

    @ArchTest
    static final ArchRule noConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
