package id.sistemparkir.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client library's rules (CONVENTIONS 3, docs/architecture.md). */
@AnalyzeClasses(packages = "id.sistemparkir.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {

    @ArchTest
    static final ArchRule headlessAndNeverTheDatabase = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "id.sistemparkir.server..")
            .because("clients never hold database credentials and talk to the Server only; UI lives in desktop");

    @ArchTest
    static final ArchRule noConsole = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule httpOnlyInTheApiAndRealtimeClients = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "id.sistemparkir.client.api..",
                    "id.sistemparkir.client.realtime..",
                    "id.sistemparkir.client.device..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("lanes, the offline store and sync reach the server through ServerApi and RealtimeClient only");
}
