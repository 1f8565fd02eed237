// What an application's own `HattoriRequestContext` names without importing NIOCore: the type of
// its `remoteAddress`.
@_exported public import enum NIOCore.SocketAddress
