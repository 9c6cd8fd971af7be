package vn.congvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.congvu.identity.AccountConsole;
import vn.congvu.shared.database.DatabaseTool;

/**
 * CôngVụ: the civil service of a Vietnamese province, kept in one place.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class CongVuApplication {

	public static void main(String[] args) throws Exception {
		if (DatabaseTool.handles(args)) {
			DatabaseTool.run(args);
			return;
		}
		if (AccountConsole.handles(args)) {
			AccountConsole.run(args);
			return;
		}
		SpringApplication.run(CongVuApplication.class, args);
	}

}
