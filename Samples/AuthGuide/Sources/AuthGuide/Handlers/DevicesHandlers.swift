// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Handlers {
    /// A new token for the device
    ///
    /// `POST /api/devices/{device_id}/token`
    func issueDeviceToken(_ input: Operations.IssueDeviceToken.Input, context: OperationContext) async throws -> Operations.IssueDeviceToken.Output {
        .created(TokenResponse(token: await devices.issue(for: input.path.deviceId)))
    }

    /// `GET /api/devices/{device_id}`
    func getDevice(_ input: Operations.GetDevice.Input, context: OperationContext) async throws -> Operations.GetDevice.Output {
        .ok(DeviceOut(device: input.path.deviceId))
    }

    /// Revoke the token this request carries
    ///
    /// `POST /api/devices/{device_id}/revoke`
    func revokeDeviceToken(_ input: Operations.RevokeDeviceToken.Input, context: OperationContext) async throws -> Operations.RevokeDeviceToken.Output {
        await devices.revoke(input.auth)
        return .noContent
    }
}
