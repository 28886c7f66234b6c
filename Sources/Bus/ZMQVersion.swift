import CZeroMQ

/// The version of the libzmq library loaded at run time (not the headers compiled against).
public enum ZMQVersion {
    public static var current: (major: Int32, minor: Int32, patch: Int32) {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        zmq_version(&major, &minor, &patch)
        return (major, minor, patch)
    }
}
