package org.chengguan.video;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlarmTypeRepository extends JpaRepository<AlarmType, Long> {

	Optional<AlarmType> findByVendorAndAlarmCode(String vendor, String alarmCode);
}
