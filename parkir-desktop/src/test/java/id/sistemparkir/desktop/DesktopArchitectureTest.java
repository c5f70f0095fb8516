package id.sistemparkir.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desktop's rules (CONVENTIONS 3, docs/architecture.md): on the client library only. */
@AnalyzeClasses(packages = "id.sistemparkir.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {

    @ArchTest
    static final ArchRule neverTheDatabaseNorTheServer = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "org.jdbi..", "id.sistemparkir.server..")
            .because("windows talk to the Server through the client library only; parkir-app supplies the server");

    @ArchTest
    static final ArchRule httpOnlyThroughTheClientLibrary = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("server calls go through ServerApi, with its timeouts and classification");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels hold state and call the library; views bind to them (CONVENTIONS 4)");

    @ArchTest
    static final ArchRule noConsole = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
