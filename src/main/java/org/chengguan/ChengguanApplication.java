package org.chengguan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Chengguan 城管综合执法平台")
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChengguanApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChengguanApplication.class, args);
	}
}
