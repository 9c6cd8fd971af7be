package vn.congvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * CôngVụ: the civil service of a Vietnamese province, kept in one place.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CongVuApplication {

	public static void main(String[] args) {
		SpringApplication.run(CongVuApplication.class, args);
	}

}
