/**
 * 证据: files that back a report, a case or a penalty (photos, camera snapshots, documents, videos). Each file's type is
 * taken from its content, its name is sanitised, its SHA-256 recorded, and its content stored once and never
 * overwritten. Records are append-only.
 * 证据：照片、抓拍、文书、视频等文件；按内容识别类型，记录 SHA-256，只增不改。
 */
@NullMarked
@ApplicationModule(displayName = "证据 Evidence")
package org.chengguan.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
