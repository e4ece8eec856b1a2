import Foundation

/// What went wrong with a file, in plain words: Foundation's own text on Linux is often
/// "The operation could not be completed. (NSCocoaErrorDomain error 512.)", which tells
/// a learner nothing. The system's error number underneath says what happened.
func fileErrorText(_ error: Error) -> String {
    let nsError = error as NSError
    // The system error may come as Swift's `POSIXError` or bridged as an `NSError`.
    func systemCode(_ error: Any?) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        if let ns = error as? NSError, ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        return nil
    }
    let code = systemCode(error) ?? systemCode(nsError.userInfo[NSUnderlyingErrorKey])
    switch code {
    case ENOENT?: return "the folder does not exist"
    case EISDIR?: return "it is a folder"
    case ENOTDIR?: return "part of the path is a file, not a folder"
    case EACCES?, EPERM?: return "permission denied"
    case ENOSPC?, EDQUOT?: return "the disk is full"
    case EROFS?: return "the disk is read-only"
    case ENAMETOOLONG?: return "the name is too long"
    case let other?: return String(cString: strerror(other)).lowercased()
    case nil:
        // No system error underneath: Foundation's own code says less, but enough.
        switch CocoaError.Code(rawValue: nsError.domain == NSCocoaErrorDomain ? nsError.code : -1) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "the folder does not exist"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        default: return "the file could not be written"
        }
    }
}
