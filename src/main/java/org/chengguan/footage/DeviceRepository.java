package org.chengguan.footage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DeviceRepository extends Repository<Device, Long> {

	Optional<Device> findById(long id);

	Optional<Device> findByCode(String code);

	List<Device> findAllByOrderByKindAscCodeAsc();

	Device save(Device device);
}
