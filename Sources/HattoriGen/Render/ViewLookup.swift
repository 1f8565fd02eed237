// Templates look values up by name. Answering from a switch instead of letting swift-mustache
// reflect with Mirror on every lookup is most of the rendering time saved.
import Mustache

extension FieldView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "attributes": return self.attributes
        case "fullType": return self.fullType
        case "doc": return self.doc
        case "codingKeyCase": return self.codingKeyCase
        case "decodeLine": return self.decodeLine
        default: return nil
        }
    }
}

extension EnumView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "doc": return self.doc
        case "cases": return self.cases
        default: return nil
        }
    }
}

extension SchemaView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "doc": return self.doc
        case "fields": return self.fields
        case "encodedFields": return self.encodedFields
        case "enums": return self.enums
        case "hasFields": return self.hasFields
        case "isObject": return self.isObject
        case "topEnum": return self.topEnum
        case "initParameters": return self.initParameters
        case "initArguments": return self.initArguments
        case "guardLine": return self.guardLine
        default: return nil
        }
    }
}

extension InputGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "propertyName": return self.propertyName
        case "doc": return self.doc
        case "fields": return self.fields
        case "enums": return self.enums
        case "initParameters": return self.initParameters
        default: return nil
        }
    }
}

extension BodyView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "type": return self.type
        case "doc": return self.doc
        default: return nil
        }
    }
}

extension ResponseView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": return self.doc
        case "caseDeclaration": return self.caseDeclaration
        case "responseCase": return self.responseCase
        default: return nil
        }
    }
}

extension RouteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "method": return self.method
        case "pathLiteral": return self.pathLiteral
        default: return nil
        }
    }
}

extension OperationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "methodName": return self.methodName
        case "idLiteral": return self.idLiteral
        case "doc": return self.doc
        case "protocolDoc": return self.protocolDoc
        case "signature": return self.signature
        case "groups": return self.groups
        case "body": return self.body
        case "inputInitParameters": return self.inputInitParameters
        case "hasInputMembers": return self.hasInputMembers
        case "decodeLines": return self.decodeLines
        case "guardLine": return self.guardLine
        case "initArguments": return self.initArguments
        case "responses": return self.responses
        case "handlerVariable": return self.handlerVariable
        case "routes": return self.routes
        case "notImplementedLiteral": return self.notImplementedLiteral
        case "isLast": return self.isLast
        case "hasAuth": return self.hasAuth
        case "authSummary": return self.authSummary
        case "authType": return self.authType
        case "routeArgumentLines": return self.routeArgumentLines
        default: return nil
        }
    }
}

extension SchemeListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "doc": return self.doc
        case "identityLines": return self.identityLines
        case "authenticateLines": return self.authenticateLines
        case "unauthorizedHook": return self.unauthorizedHook
        case "unauthorizedSchemeLiteral": return self.unauthorizedSchemeLiteral
        case "unauthorizedEmpty": return self.unauthorizedEmpty
        case "unauthorizedDefault": return self.unauthorizedDefault
        case "isLast": return self.isLast
        default: return nil
        }
    }
}

extension SchemeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "nameLiteral": return self.nameLiteral
        case "doc": return self.doc
        case "identityType": return self.identityType
        case "lines": return self.lines
        case "refusesWithOwnBody": return self.refusesWithOwnBody
        case "forbiddenHook": return self.forbiddenHook
        case "forbiddenEmpty": return self.forbiddenEmpty
        case "isLast": return self.isLast
        default: return nil
        }
    }
}

extension RefusalHookView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "protocolDoc": return self.protocolDoc
        case "signature": return self.signature
        case "status": return self.status
        case "notImplementedLiteral": return self.notImplementedLiteral
        case "isLast": return self.isLast
        default: return nil
        }
    }
}

extension RequirementView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": return self.header
        case "typeName": return self.typeName
        case "protocolDoc": return self.protocolDoc
        case "signature": return self.signature
        case "status": return self.status
        case "hasBody": return self.hasBody
        case "doc": return self.doc
        default: return nil
        }
    }
}

extension GroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": return self.header
        case "registerParameters": return self.registerParameters
        case "typeName": return self.typeName
        case "protocolName": return self.protocolName
        case "doc": return self.doc
        case "exceptionsLine": return self.exceptionsLine
        case "operations": return self.operations
        default: return nil
        }
    }
}

extension EnumView.Case: MustacheParent {
    func child(named name: String) -> Any? { name == "line" ? line : nil }
}
