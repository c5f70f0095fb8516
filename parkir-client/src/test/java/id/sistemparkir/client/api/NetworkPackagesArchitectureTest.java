package id.sistemparkir.client.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The client's network packages ({@code client.api}, {@code client.realtime}, {@code client.connection}): headless,
 * SLF4J only, no console, no database; HTTP only in {@code api} and {@code realtime}; dependencies point one way
 * (connection → realtime → api). A module-wide client rule set belongs in {@code id.sistemparkir.client} once the
 * module's packages have all landed.
 */
@AnalyzeClasses(
        packages = {"id.sistemparkir.client.api", "id.sistemparkir.client.realtime", "id.sistemparkir.client.connection"
        },
        importOptions = ImportOption.DoNotIncludeTests.class)
class NetworkPackagesArchitectureTest {

    @ArchTest
    static final ArchRule headlessWithoutDatabase = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "java.sql..", "javax.sql..", "io.javalin..")
            .because("the client library is headless and never holds database credentials (DESIGN §2)");

    @ArchTest
    static final ArchRule slf4jOnly = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging..")
            .because("logging goes through SLF4J (CONVENTIONS 14)");

    @ArchTest
    static final ArchRule noConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule httpOnlyInApiAndRealtime = noClasses()
            .that()
            .resideInAPackage("id.sistemparkir.client.connection..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("the connection monitor asks through ServerApi, with its timeouts");

    @ArchTest
    static final ArchRule apiKnowsNothingOfRealtimeOrConnection = noClasses()
            .that()
            .resideInAPackage("id.sistemparkir.client.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.sistemparkir.client.realtime..", "id.sistemparkir.client.connection..");

    @ArchTest
    static final ArchRule realtimeKnowsNothingOfConnection = noClasses()
            .that()
            .resideInAPackage("id.sistemparkir.client.realtime..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.sistemparkir.client.connection..");
}
