// Generated from the API’s OpenAPI document by `npm run api:client`: do not edit.
// The tests fail when it no longer matches the API (test/openapi.e2e-spec.ts).

export type paths = {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_oidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_oidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CasesController_update"];
        trace?: never;
    };
    "/api/v1/cases/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_assess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CasesController_assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_assignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsentsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsentsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsController_list"];
        put?: never;
        post: operations["ContractsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contracts/{contractId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contracts/{contractId}/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ContractsController_recheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contracts/{contractId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ContractsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_forCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseLettersController_list"];
        put?: never;
        post: operations["CaseLettersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/pool-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasePoolModelController_poolModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/facility-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_facilityCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ContractsRecheckController_recheckOutdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/recheck/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContractsRecheckController_recheckJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DistrictsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DistrictsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_escalationList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FollowUpsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitiesController_list"];
        put?: never;
        post: operations["FacilitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["FacilitiesController_update"];
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FollowUpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FollowUpsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FollowUpsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_listAllocations"];
        put?: never;
        post: operations["FundingController_createAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_getAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_listExpenditures"];
        put?: never;
        post: operations["FundingController_addExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/expenditures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FundingController_importExpenditures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/letters/{letterId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_letterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/ministry-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FundingController_draftMinistryNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FundingController_settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/districts/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/pool-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_listPoolModels"];
        put?: never;
        post: operations["FundingController_createPoolModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/pool-models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_getPoolModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["FundingController_updatePoolModel"];
        trace?: never;
    };
    "/api/v1/funding/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_reminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_listSchools"];
        put?: never;
        post: operations["FundingController_createSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/schools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundingController_getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["FundingController_updateSchool"];
        trace?: never;
    };
    "/api/v1/guardians/access-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GuardiansController_accessExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["LettersController_update"];
        trace?: never;
    };
    "/api/v1/letters/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LettersController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF: a preview of a draft (marked as such), or the letter as it was sent */
        get: operations["LettersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LettersController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProvidersController_list"];
        put?: never;
        post: operations["ProvidersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProvidersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProvidersController_update"];
        trace?: never;
    };
    "/api/v1/public/answers/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the letter behind the link asks of the provider */
        get: operations["ProviderAnswersController_read"];
        put?: never;
        /** The provider’s answer: a text and/or the revised contract (once per letter) */
        post: operations["ProviderAnswersController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A parent’s complaint: creates a case, answers its Aktenzeichen */
        post: operations["PublicFormController_fileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities by name, town, postal code or district, for the form (at most 10) */
        get: operations["PublicFormController_searchFacilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/case-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case counts grouped by one or two dimensions, as JSON, CSV, XLSX or PDF */
        get: operations["ReportsController_caseCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/inquiry-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A German draft answer to an inquiry like 15/99, as PDF or DOCX */
        get: operations["ReportsController_inquiryAnswer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reference-populations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferencePopulationsController_list"];
        put?: never;
        post: operations["ReferencePopulationsController_importCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reference-populations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ReferencePopulationsController_removeYear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RulesController_ruleSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RulesController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AccessExportDto: {
            /**
             * Format: email
             * @description the guardian's e-mail address as stored with their cases
             */
            email: string;
        };
        AccountView: {
            /** Format: date-time */
            createdAt: string;
            /** @description Disabled by an administrator: no sign-in, no session */
            disabled: boolean;
            districtIds: string[];
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /**
             * Format: date-time
             * @description Locked after failed sign-ins until then
             */
            lockedUntil: string | null;
            /** @description The password was set by an administrator and must be changed */
            passwordMustChange: boolean;
            role: components["schemas"]["UserRole"];
        };
        AccountViewPage: {
            items: components["schemas"]["AccountView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        ActorRef: {
            /**
             * Format: uuid
             * @description null: the system
             */
            id: string | null;
            name: string;
        };
        AddContractDto: {
            /**
             * @description the contract text, when no file is uploaded
             * @example § 5 Nebenabrede: Bei Ausfall der Assistenz ruht der Betreuungsanspruch.
             */
            text?: string;
        };
        AddNoteDto: {
            /** @example Telefonat mit der Mutter: Kita hat heute wieder angerufen. */
            text: string;
        };
        AddressDto: {
            /** @example Köln */
            city: string;
            /** @example 50679 */
            postalCode: string;
            /** @example Kennedy-Ufer 2 */
            street: string;
        };
        AllocationLetterView: {
            /** Format: uuid */
            allocationId: string;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            letterDate: string;
            /** @enum {string} */
            recipient: "ministry";
            /** @enum {string} */
            status: "draft";
            subject: string;
            /** @enum {string} */
            template: "ministry_notice";
        };
        AllocationView: {
            /** @example 469569.68 */
            amount: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            decidedAt: string;
            district: components["schemas"]["FundingDistrictRef"];
            expenditureCount: number;
            /** Format: uuid */
            id: string;
            /** Format: date */
            paidAt: string;
            /** @example 2020/2021 */
            schoolYear: string;
            settlement: components["schemas"]["SettlementView"] | null;
        };
        AllocationViewPage: {
            items: components["schemas"]["AllocationView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        AnswerLinkView: {
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When the letter was answered through a link
             */
            usedAt: string | null;
        };
        AnswerView: {
            /**
             * Format: uuid
             * @description The revised contract, among the case’s contracts
             */
            contractId: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description What the provider wrote */
            text: string | null;
            verdict: components["schemas"]["Verdict"] | null;
        };
        AssessmentLineView: {
            /** @example 469569.68 */
            amount: string;
            category: components["schemas"]["ExpenditureCategory"];
            categoryLabel: string;
            description: string;
            /** @example 469569.68 */
            eligible: string;
            /** Format: uuid */
            expenditureId: string;
            /** @example 469569.68 */
            ineligible: string;
            /** @example Hinweise des MSB, Abschnitt IV */
            norm: string;
            /** @description German, why */
            reason: string;
            /** @example inklfoeg.overhead_cap */
            rule: string;
            /** @enum {string} */
            verdict: "eligible" | "ineligible" | "partly_eligible";
        };
        AssessmentView: {
            /** @example 469569.68 */
            allocated: string;
            /** Format: uuid */
            allocationId: string;
            district: components["schemas"]["FundingDistrictRef"];
            /**
             * @description sum of the eligible parts of the expenditures
             * @example 469569.68
             */
            eligible: string;
            /**
             * @description sum of the ineligible parts
             * @example 469569.68
             */
            ineligible: string;
            lines: components["schemas"]["AssessmentLineView"][];
            /** @description money that cannot be used as earmarked: the ministry must be notified */
            notifyMinistry: boolean;
            /**
             * @description the settlement amount, or the eligible part up to the allocation
             * @example 469569.68
             */
            properlyUsed: string;
            /** @example 469569.68 */
            repaymentDue: string;
            /**
             * Format: date
             * @example 2022-04-01
             */
            repaymentDueBy: string | null;
            schoolYear: string;
            settlement: components["schemas"]["SettlementView"] | null;
            /**
             * @description allocated money no expenditure uses
             * @example 469569.68
             */
            unused: string;
        };
        AssignDto: {
            /**
             * Format: uuid
             * @description the caseworker or team lead who works the case; null: nobody
             */
            assigneeId?: string | null;
        };
        AssistanceDto: {
            /** @example 25 */
            hoursPerWeek: number;
            /** @enum {string} */
            kind: "kita_assistance" | "school_assistance_sgb_ix" | "school_assistance_sgb_viii" | "pooled_assistance" | "other";
        };
        /** @enum {string} */
        AssistanceKind: "kita_assistance" | "school_assistance_sgb_ix" | "school_assistance_sgb_viii" | "pooled_assistance" | "other";
        AssistanceView: {
            hoursPerWeek: number;
            kind: components["schemas"]["AssistanceKind"];
        };
        AuditActorView: {
            /**
             * Format: uuid
             * @description null: the system
             */
            id: string | null;
            name: string;
        };
        AuditView: {
            /** @example case.read */
            action: string;
            actor: components["schemas"]["AuditActorView"];
            details: {
                [key: string]: unknown;
            } | null;
            /** @description Names of the fields, never their values */
            fields: string[];
            id: string;
            /** Format: date-time */
            occurredAt: string;
            recordId: string | null;
            recordType: string | null;
            requestId: string | null;
        };
        AuditViewPage: {
            items: components["schemas"]["AuditView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        CaseActionView: {
            body: components["schemas"]["ResponsibleBody"];
            id: string;
            /** @description Waits for the parents’ consent to involve others */
            needsConsent: boolean;
            norms: string[];
            reason: string;
            ruleId: string;
            ruleVersion: number;
            title: string;
        };
        CaseAssessmentView: {
            actions: components["schemas"]["CaseActionView"][];
            findings: components["schemas"]["CaseFindingView"][];
            ruleSetVersion: string;
        };
        /** @enum {string} */
        CaseChannel: "phone" | "email" | "letter" | "web" | "in_person";
        CaseCount: {
            /** @description Cases the filters match; null with a free-text search (q) */
            count: number | null;
        };
        CaseCountReportView: {
            /** Format: uuid */
            districtId: string | null;
            /** Format: date */
            from: string;
            /** Format: date-time */
            generatedAt: string;
            groupBy: ("year" | "schoolYear" | "quarter" | "month" | "district" | "setting" | "pattern" | "providerType" | "status" | "channel")[];
            labels: components["schemas"]["ReportLabelView"][];
            /** @description how the counts are protected, in German */
            note: string;
            /**
             * @description cell_key: protected counts (committees); exact: the own districts (office)
             * @enum {string}
             */
            protection: "cell_key" | "exact";
            /** @description set when the report is grouped by district and children per district are loaded: rows carry per10000 */
            reference: components["schemas"]["ReportReferenceView"] | null;
            /** @description every cell of the fixed layout */
            rows: components["schemas"]["ReportRowView"][];
            /** @example Beschwerden nach Jugendamtsbezirk und Ausschlussmuster */
            title: string;
            /** Format: date */
            to: string;
            /** @description row, column and grand totals, each counted (and protected) as a cell of its own: a total is not the sum of the published cells */
            totals: components["schemas"]["ReportRowView"][];
        };
        CaseDetail: {
            allowedTransitions: components["schemas"]["CaseStatus"][];
            /** @description Who works the case (name: e-mail address); null: nobody yet */
            assignee: components["schemas"]["NamedRef"] | null;
            channel: components["schemas"]["CaseChannel"];
            child: components["schemas"]["ChildView"];
            /** Format: date-time */
            closedAt: string | null;
            /** @description The parents’ consents to pass on what they entrusted (§ 65 SGB VIII) */
            consents: components["schemas"]["ConsentView"][];
            /** Format: date-time */
            createdAt: string;
            description: string;
            district: components["schemas"]["NamedRef"];
            /**
             * Format: date-time
             * @description Escalated to the team lead: a deadline passed unanswered after a reminder
             */
            escalatedAt: string | null;
            facility: components["schemas"]["CaseFacilityRef"];
            facts: components["schemas"]["CaseFactsView"];
            guardian: components["schemas"]["GuardianView"];
            /** Format: uuid */
            id: string;
            patterns: components["schemas"]["ExclusionPattern"][];
            provider: components["schemas"]["NamedRef"];
            /** Format: date-time */
            pseudonymisedAt: string | null;
            /** Format: date */
            receivedAt: string;
            /**
             * @description Aktenzeichen
             * @example 42.22-2026-000017
             */
            reference: string;
            status: components["schemas"]["CaseStatus"];
            timeline: components["schemas"]["TimelineEntry"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        CaseEventType: "created" | "updated" | "status_changed" | "pseudonymised" | "contract_checked" | "contract_rechecked" | "contract_withdrawn" | "note_added" | "assigned" | "reopened" | "consent_recorded" | "consent_withdrawn" | "letter_drafted" | "letter_queued" | "letter_sent" | "letter_discarded" | "provider_answered" | "follow_up_set" | "follow_up_paused" | "follow_up_resumed" | "follow_up_answered" | "follow_up_reminded" | "follow_up_cancelled" | "escalated";
        CaseFacilityRef: {
            /** Format: uuid */
            id: string;
            /** @description kita, ogs or ogs_foerderschule */
            kind: string;
            name: string;
        };
        CaseFactsView: {
            consentToInvolveOthers: boolean;
            contractTerminated: boolean;
            officeNotifiedBeforehand: boolean | null;
        };
        CaseFindingView: {
            /** @description German, for the case file and letters */
            explanation: string;
            foundIn: ("report" | "contract")[];
            /**
             * @example [
             *       "KiBiz § 7"
             *     ]
             */
            norms: string[];
            pattern: components["schemas"]["ExclusionPattern"];
            ruleId: string;
            ruleVersion: number;
            /** @enum {string} */
            verdict: "unlawful" | "review";
        };
        CasePoolModelView: {
            /** Format: uuid */
            caseId: string;
            poolModel: components["schemas"]["PoolModelView"] | null;
            /** @description the OGS’s school */
            school: components["schemas"]["SchoolView"] | null;
            /** @example 2021/2022 */
            schoolYear: string;
        };
        /** @enum {string} */
        CaseStatus: "received" | "assessing" | "provider_contacted" | "resolved" | "requirement_imposed" | "closed_unresolved" | "withdrawn";
        CaseSummary: {
            /** @description Who works the case (name: e-mail address); null: nobody yet */
            assignee: components["schemas"]["NamedRef"] | null;
            channel: components["schemas"]["CaseChannel"];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            district: components["schemas"]["NamedRef"];
            /**
             * Format: date-time
             * @description Escalated to the team lead: a deadline passed unanswered after a reminder
             */
            escalatedAt: string | null;
            facility: components["schemas"]["CaseFacilityRef"];
            /** Format: uuid */
            id: string;
            patterns: components["schemas"]["ExclusionPattern"][];
            provider: components["schemas"]["NamedRef"];
            /** Format: date */
            receivedAt: string;
            /**
             * @description Aktenzeichen
             * @example 42.22-2026-000017
             */
            reference: string;
            status: components["schemas"]["CaseStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        CaseSummaryPage: {
            items: components["schemas"]["CaseSummary"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        CategoryUseView: {
            /** @example 469569.68 */
            amount: string;
            category: components["schemas"]["ExpenditureCategory"];
            /** @example 469569.68 */
            eligible: string;
            label: string;
        };
        ChangePasswordDto: {
            /**
             * Format: email
             * @example caseworker@demo.local
             */
            email: string;
            /** @description at least 12 characters, five different ones, not the e-mail, not the current */
            newPassword: string;
            /** @description the current (or one-time) password */
            password: string;
        };
        CheckTextDto: {
            /**
             * @description Kita or open all-day school (OGS)
             * @enum {string}
             */
            setting: "kita" | "ogs";
            /**
             * @description German text: one clause, a parent’s e-mail or a whole contract
             * @example Ist die Integrationskraft erkrankt, kann das Kind an diesem Tag nicht betreut werden.
             */
            text: string;
        };
        ChildDto: {
            assistance?: components["schemas"]["AssistanceDto"];
            /** @example 2021 */
            birthYear: number;
            /** @example Autismus-Spektrum-Störung */
            disability?: string;
            /** @example M. K. */
            initials: string;
        };
        ChildView: {
            assistance: components["schemas"]["AssistanceView"] | null;
            birthYear: number;
            disability: string | null;
            initials: string | null;
        };
        /** @enum {string} */
        ConsentRecipient: "provider";
        ConsentRefView: {
            /** Format: date */
            givenAt: string;
            /** Format: uuid */
            id: string;
        };
        ConsentView: {
            /** @description Given and not withdrawn */
            active: boolean;
            /**
             * Format: date
             * @description The day the parents gave it
             */
            givenAt: string;
            /** Format: uuid */
            id: string;
            recipient: components["schemas"]["ConsentRecipient"];
            /** Format: date-time */
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy: string;
            withdrawal: components["schemas"]["ConsentWithdrawalView"] | null;
        };
        ConsentWithdrawalView: {
            /** Format: date-time */
            recordedAt: string;
            /** @description Who recorded the withdrawal */
            recordedBy: string;
            /**
             * Format: date
             * @description The day the parents withdrew it
             */
            withdrawnAt: string;
        };
        /** @enum {string} */
        ContractSource: "pdf" | "docx" | "txt" | "text";
        ContractView: {
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            checkedAt: string;
            /** Format: date-time */
            createdAt: string;
            fileName: string | null;
            findings: components["schemas"]["FindingView"][];
            /** Format: uuid */
            id: string;
            /** @description The rules changed since the contract was checked */
            outdated: boolean;
            patterns: components["schemas"]["ExclusionPattern"][];
            ruleSetVersion: string;
            sizeBytes: number;
            source: components["schemas"]["ContractSource"];
            /** @description The contract’s text (only when one contract is read) */
            text?: string;
            verdict: components["schemas"]["Verdict"];
            /** @description Withdrawn (uploaded by mistake): kept, but out of the findings and re-checks */
            withdrawn: components["schemas"]["WithdrawalView"] | null;
        };
        CoverageView: {
            /** @description schools of Gemeinsames Lernen of the district */
            commonLearningSchools: number;
            /** @description per cent, one decimal; null: none */
            percent: number | null;
            /** @description schools of Gemeinsames Lernen in a pool model that year */
            schoolsInPoolModel: number;
        };
        CreateAllocationDto: {
            /** @example 891931.68 */
            amount: string;
            /**
             * Format: date
             * @description date of the Festsetzungsbescheid
             * @example 2020-11-02
             */
            decidedAt: string;
            /**
             * Format: uuid
             * @description the recipient: a district with its own youth office
             */
            districtId: string;
            /**
             * Format: date
             * @example 2021-06-30
             */
            paidAt: string;
            /** @example 2020/2021 */
            schoolYear: string;
        };
        CreateCaseDto: {
            /** @enum {string} */
            channel: "phone" | "email" | "letter" | "web" | "in_person";
            child: components["schemas"]["ChildDto"];
            /** @description whether the parents agreed that the office involves the facility, Jugendamt and others (default false) */
            consentToInvolveOthers?: boolean;
            /** @description whether the provider terminated the care contract (default false) */
            contractTerminated?: boolean;
            /** @example Die Kita schickt das Kind nach Hause, wenn die Assistenz krank ist. */
            description: string;
            /**
             * Format: uuid
             * @description the facility the complaint is about
             */
            facilityId: string;
            guardian: components["schemas"]["GuardianDto"];
            /** @description whether the provider told the Landesjugendamt before it acted (§ 47 SGB VIII); null: not known */
            officeNotifiedBeforehand?: boolean | null;
            patterns?: ("admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion")[];
            /**
             * Format: date
             * @description day of receipt
             * @example 2026-03-02
             */
            receivedAt: string;
        };
        CreateExpenditureDto: {
            /** @example 12500.00 */
            amount: string;
            /** @enum {string} */
            category: "pool_personnel" | "pool_overhead" | "qualification" | "exchange_meetings" | "coordination_formats" | "collegial_case_consultation" | "networking" | "brochures" | "expert_support" | "concept_development" | "supervision" | "forwarding_to_municipality" | "individual_claim" | "general_budget";
            /** @example Personalkosten KOBSI Schulbegleitungen */
            description: string;
            /** @description a forwarding: the municipality */
            municipality?: string;
            /** @description a forwarding: the municipality runs schools of Gemeinsames Lernen */
            municipalityRunsCommonLearningSchools?: boolean;
            /** Format: uuid */
            poolModelId?: string;
            /** @description a forwarding: a purpose-conform project exists there or is concretely planned */
            projectExistsOrPlanned?: boolean;
            /** Format: uuid */
            schoolId?: string;
            /**
             * Format: date
             * @description when it was booked
             * @example 2026-03-02
             */
            spentOn?: string;
        };
        CreateFacilityDto: {
            /**
             * @description town, for the search
             * @example Köln
             */
            city?: string;
            /** Format: uuid */
            districtId: string;
            /** @enum {string} */
            kind: "kita" | "ogs" | "ogs_foerderschule";
            /** @example Kita Regenbogen */
            name: string;
            /** @example 50667 */
            postalCode?: string;
            /** Format: uuid */
            providerId: string;
        };
        CreateLetterDto: {
            /**
             * @description email (sent by the system) or post (printed)
             * @enum {string}
             */
            delivery: "email" | "post";
            /** @description A letter to the provider shows the facts the parents entrusted (§ 65 SGB VIII). Default: true while their consent to the provider stands, false otherwise. Sending is refused while it is true without that consent. */
            includeFacts?: boolean;
            /**
             * Format: uuid
             * @description A reminder: the sent letter of the case it reminds of (required for reminder)
             */
            regardingLetterId?: string;
            /**
             * @description advisory, statement_request, reminder, requirement: to the provider; acknowledgement: to the guardians
             * @enum {string}
             */
            template: "advisory" | "acknowledgement" | "statement_request" | "reminder" | "requirement";
        };
        CreatePoolModelDto: {
            /**
             * Format: uuid
             * @description the recipient that runs it
             */
            districtId: string;
            /** @example 35 */
            hoursPerWeek?: string;
            /** @example KOBSI */
            name: string;
            notes?: string;
            /** @example S4 TVöD */
            payGrade?: string;
            /** @description a year, in euro */
            personnelCosts?: string;
            schoolYears?: components["schemas"]["PoolSchoolYearDto"][];
            /** @description posts or assistants */
            staffCount?: number;
        };
        CreateProviderDto: {
            address: components["schemas"]["AddressDto"];
            /**
             * Format: email
             * @example kita@awo-koeln.example
             */
            email: string;
            /** @example AWO Kreisverband Köln e.V. */
            name: string;
            /**
             * @description free, municipal or church provider (Träger)
             * @enum {string}
             */
            type: "free" | "municipal" | "church";
        };
        CreateSchoolDto: {
            /** @description a school of Gemeinsames Lernen */
            commonLearning: boolean;
            /** Format: uuid */
            districtId: string;
            /** @description the OGS facilities of this school */
            facilityIds?: string[];
            /** @enum {string} */
            level: "primary" | "secondary";
            /** @example Grundschule am Michaelsberg */
            name: string;
            /** @example Stadt Siegburg */
            schoolAuthority: string;
        };
        CreateUserDto: {
            districtIds: string[];
            /** Format: email */
            email: string;
            /** @description at least 12 characters, five different ones, not the e-mail */
            password: string;
            /** @enum {string} */
            role: "admin" | "team_lead" | "caseworker" | "committee" | "funding_controller";
        };
        DatabaseHealth: {
            /** @description Why it is down */
            error?: string;
            /** @enum {string} */
            kind: "postgres" | "embedded";
            /** @enum {string} */
            status: "up" | "down" | "not_configured";
        };
        DependencyHealth: {
            /** @description Why it is down */
            error?: string;
            /** @enum {string} */
            status: "up" | "down" | "not_configured";
        };
        DisclosureView: {
            /** @description Sending is refused: entrusted facts without consent */
            blocked: boolean;
            /** @description The parents’ consent to pass them on to the provider: the standing one (draft), the one the letter rested on (sent) */
            consent: components["schemas"]["ConsentRefView"] | null;
            /** @description The entrusted facts the letter shows, in German (e.g. "Initialen des Kindes"); empty: none */
            entrusted: string[];
            /** @description The result of the check in words (German) */
            message: string;
        };
        /** @enum {string} */
        DistrictKind: "kreis" | "kreisfreie_stadt" | "staedteregion";
        DistrictOverviewView: {
            district: components["schemas"]["FundingDistrictRef"];
            years: components["schemas"]["OverviewYearView"][];
        };
        DistrictView: {
            /** @example koeln */
            code: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["DistrictKind"];
            landesjugendamt: components["schemas"]["Landesjugendamt"];
            /** @example Köln */
            name: string;
        };
        ErrorResponse: {
            /** @example validation_failed */
            code: string;
            errors?: components["schemas"]["FieldErrorResponse"][];
            /** @description German, for the person who reads it */
            message: string;
            /** @description Also sent as X-Request-Id; quote it when reporting */
            requestId?: string;
            /** @example 400 */
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        EscalationKind: "unanswered" | "repeat_complaint";
        EscalationView: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            case: components["schemas"]["FollowUpCaseRef"];
            /** @description Complaints in twelve months */
            complaints: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EscalationKind"];
        };
        EvidenceView: {
            end: number;
            /** @description Offset of the passage in the text as sent (UTF-16 units) */
            start: number;
            /** @description The passage; left out where a list must carry no words of a contract */
            text?: string;
        };
        /** @enum {string} */
        ExclusionPattern: "admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion";
        /** @enum {string} */
        ExpenditureCategory: "pool_personnel" | "pool_overhead" | "qualification" | "exchange_meetings" | "coordination_formats" | "collegial_case_consultation" | "networking" | "brochures" | "expert_support" | "concept_development" | "supervision" | "forwarding_to_municipality" | "individual_claim" | "general_budget";
        ExpenditureListView: {
            items: components["schemas"]["ExpenditureView"][];
        };
        ExpenditureView: {
            /** Format: uuid */
            allocationId: string;
            /** @example 469569.68 */
            amount: string;
            category: components["schemas"]["ExpenditureCategory"];
            /** @description German label of the category */
            categoryLabel: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            municipality: string | null;
            municipalityRunsCommonLearningSchools: boolean | null;
            /** Format: uuid */
            poolModelId: string | null;
            projectExistsOrPlanned: boolean | null;
            /** Format: uuid */
            schoolId: string | null;
            /** Format: date */
            spentOn: string | null;
        };
        FacilityCaseCount: {
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            lastReceivedAt: string;
            /** @description Complaints received in the last twelve months */
            lastTwelveMonths: number;
            /** @description Complaints still open */
            open: number;
            /** @description Two or more complaints in the last twelve months */
            repeated: boolean;
            /** @description All complaints */
            total: number;
        };
        FacilityDistrictRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @enum {string} */
        FacilityKind: "kita" | "ogs" | "ogs_foerderschule";
        FacilityProviderRef: {
            /** Format: uuid */
            id: string;
            name: string;
            type: components["schemas"]["ProviderType"];
        };
        FacilityView: {
            /** @example Köln */
            city: string | null;
            /** Format: date-time */
            createdAt: string;
            district: components["schemas"]["FacilityDistrictRef"];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["FacilityKind"];
            name: string;
            /** @example 50667 */
            postalCode: string | null;
            provider: components["schemas"]["FacilityProviderRef"];
            /** Format: date-time */
            updatedAt: string;
        };
        FacilityViewPage: {
            items: components["schemas"]["FacilityView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        FieldErrorResponse: {
            /** @description Machine-readable reason, e.g. required, max, unknown_field */
            code: string;
            /** @description Dotted path of the field in the request, e.g. child.birthYear */
            field: string;
            /** @description German text for the person who filled in the field */
            message: string;
        };
        FindingView: {
            evidence: components["schemas"]["EvidenceView"];
            /** @description German, for a letter */
            explanation: string;
            /**
             * @example [
             *       "KiBiz § 7"
             *     ]
             */
            norms: string[];
            pattern: components["schemas"]["ExclusionPattern"] | null;
            ruleId: string;
            ruleVersion: number;
            verdict: components["schemas"]["Verdict"];
        };
        FollowUpCaseRef: {
            /** Format: uuid */
            assigneeId: string | null;
            district: string;
            facility: string;
            /** Format: uuid */
            id: string;
            provider: string;
            /** @description Aktenzeichen */
            reference: string;
        };
        /** @enum {string} */
        FollowUpStage: "answer" | "reminder";
        /** @enum {string} */
        FollowUpStatus: "pending" | "paused" | "answered" | "reminded" | "escalated" | "cancelled";
        FollowUpView: {
            case: components["schemas"]["FollowUpCaseRef"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the deadline passes (or would)
             */
            dueAt: string;
            /**
             * Format: date
             * @description Its last day
             */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The letter whose answer is awaited
             */
            letterId: string;
            /** Format: date-time */
            pausedAt: string | null;
            pauseReason: string | null;
            /** @example P14D */
            period: string;
            /** @description While paused: milliseconds left */
            remainingMs: number | null;
            stage: components["schemas"]["FollowUpStage"];
            status: components["schemas"]["FollowUpStatus"];
        };
        FundingDistrictRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        GuardianAddressView: {
            city: string;
            postalCode: string;
            street: string;
        };
        GuardianDto: {
            address?: components["schemas"]["AddressDto"];
            /** Format: email */
            email?: string;
            /** @example Sabine Keller */
            name: string;
            /** @example 0221 123456 */
            phone?: string;
        };
        GuardianExport: {
            cases: components["schemas"]["CaseDetail"][];
            /** Format: date-time */
            generatedAt: string;
            guardianEmail: string;
            /** @example Art. 15 DSGVO */
            legalBasis: string;
        };
        GuardianView: {
            address: components["schemas"]["GuardianAddressView"] | null;
            email: string | null;
            name: string | null;
            phone: string | null;
        };
        HealthReport: {
            database: components["schemas"]["DatabaseHealth"];
            redis: components["schemas"]["DependencyHealth"];
            /** @enum {string} */
            status: "ok" | "error";
        };
        ImportResultView: {
            /** @description rows imported */
            imported: number;
            items: components["schemas"]["ExpenditureView"][];
            /**
             * @description sum of the imported rows
             * @example 469569.68
             */
            total: string;
        };
        /** @enum {string} */
        JobStatus: "pending" | "running" | "done" | "failed";
        JobView: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            name: string;
            /** @description e.g. {done, total} */
            progress: {
                [key: string]: unknown;
            } | null;
            result: {
                [key: string]: unknown;
            } | null;
            status: components["schemas"]["JobStatus"];
        };
        /** @enum {string} */
        Landesjugendamt: "LVR" | "LWL";
        /** @enum {string} */
        LetterDelivery: "email" | "post";
        /** @enum {string} */
        LetterRecipient: "provider" | "guardians";
        /** @enum {string} */
        LetterStatus: "draft" | "queued" | "sent" | "discarded";
        /** @enum {string} */
        LetterTemplate: "advisory" | "acknowledgement" | "statement_request" | "reminder" | "requirement";
        LetterView: {
            answer: components["schemas"]["AnswerView"] | null;
            /**
             * Format: date
             * @description The date the sent letter asks an answer by
             */
            answerDue: string | null;
            answerLink: components["schemas"]["AnswerLinkView"] | null;
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            delivery: components["schemas"]["LetterDelivery"];
            disclosure: components["schemas"]["DisclosureView"];
            /** Format: uuid */
            id: string;
            /** @description The letter shows the facts the parents entrusted */
            includeFacts: boolean;
            /**
             * Format: date
             * @description The date printed on the sent letter
             */
            letterDate: string | null;
            recipient: components["schemas"]["LetterRecipient"];
            /**
             * Format: uuid
             * @description A reminder: the letter it reminds of
             */
            regardingLetterId: string | null;
            /** @description E-mail: the mailing job */
            sending: components["schemas"]["SendingView"] | null;
            /** Format: date-time */
            sentAt: string | null;
            sentBy: string | null;
            /** @description The e-mail or postal address it went to */
            sentTo: string | null;
            status: components["schemas"]["LetterStatus"];
            /** @description Betreff, with the Aktenzeichen */
            subject: string;
            template: components["schemas"]["LetterTemplate"];
            /**
             * @description The German name of the template
             * @example Beratungsschreiben
             */
            title: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example caseworker@demo.local
             */
            email: string;
            /** @enum {string} */
            mode?: "token" | "cookie";
            /** @example ein langes Passwort */
            password: string;
        };
        LoginResponse: {
            /** @description Bearer token (mode token) */
            accessToken?: string;
            /** @description Send as X-CSRF-Token on changes (mode cookie) */
            csrfToken?: string;
            /** @description Seconds the access token is valid (mode token) */
            expiresIn?: number;
            /** @description For POST /auth/refresh (mode token) */
            refreshToken?: string;
            /** @enum {string} */
            tokenType?: "Bearer";
            user: components["schemas"]["UserView"];
        };
        NamedRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        NormView: {
            /** @example KiBiz § 7 */
            citation: string;
            content: string;
            title: string;
        };
        OverviewYearView: {
            allocation: components["schemas"]["AllocationView"] | null;
            assessment: components["schemas"]["AssessmentView"] | null;
            coverage: components["schemas"]["CoverageView"];
            /** @description complaints (cases) about OGS of the district received that year */
            ogsComplaints: number;
            /** @example 2020/2021 */
            schoolYear: string;
            useByCategory: components["schemas"]["CategoryUseView"][];
        };
        PauseDto: {
            /** @example Stellungnahme des Jugendamts angefordert. */
            reason: string;
        };
        PoolModelView: {
            /** Format: date-time */
            createdAt: string;
            district: components["schemas"]["FundingDistrictRef"];
            /** @example 35.0 */
            hoursPerWeek: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            notes: string | null;
            payGrade: string | null;
            /** @example 1250000.00 */
            personnelCosts: string | null;
            schoolYears: components["schemas"]["PoolSchoolYearView"][];
            staffCount: number | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PoolModelViewPage: {
            items: components["schemas"]["PoolModelView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        PoolSchoolYearDto: {
            schoolIds: string[];
            /** @example 2021/2022 */
            schoolYear: string;
        };
        PoolSchoolYearView: {
            schoolIds: string[];
            /** @example 2021/2022 */
            schoolYear: string;
        };
        ProviderAddressView: {
            city: string;
            postalCode: string;
            street: string;
        };
        ProviderAnswerDto: {
            /**
             * @description the answer in words
             * @example Wir haben die Nebenabrede gestrichen; der überarbeitete Vertrag liegt bei.
             */
            text?: string;
        };
        ProviderAnswerReceipt: {
            /** @description A revised contract was received */
            contractReceived: boolean;
            /** @description What happens next, in German */
            message: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description Aktenzeichen */
            reference: string;
        };
        ProviderRequestView: {
            /** @description A revised contract may be uploaded (PDF, DOCX or TXT) */
            acceptsContract: boolean;
            /** Format: date */
            answerDue: string | null;
            /** @description What the office asks for, sentence by sentence */
            asks: string[];
            /** @description Ansprechperson */
            contact: string;
            /** Format: date-time */
            expiresAt: string;
            facility: string;
            findings: components["schemas"]["PublicFindingView"][];
            /** Format: date */
            letterDate: string;
            office: string;
            /** @description The office’s telephone number */
            officePhone: string;
            provider: string;
            /** @description Aktenzeichen */
            reference: string;
            /** @example Beratungsschreiben */
            title: string;
        };
        /** @enum {string} */
        ProviderType: "free" | "municipal" | "church";
        ProviderView: {
            address: components["schemas"]["ProviderAddressView"];
            /** Format: date-time */
            createdAt: string;
            /** @description Where letters go */
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            type: components["schemas"]["ProviderType"];
            /** Format: date-time */
            updatedAt: string;
        };
        ProviderViewPage: {
            items: components["schemas"]["ProviderView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        PublicChildDto: {
            /** @example 2021 */
            birthYear: number;
            /** @example Autismus */
            disability?: string;
            /** @example M. K. */
            initials: string;
        };
        PublicComplaintDto: {
            child: components["schemas"]["PublicChildDto"];
            /**
             * @description the parents agree to be contacted by the office (must be true)
             * @enum {boolean}
             */
            contactConsent: true;
            /** @example Mein Sohn darf nur kommen, wenn seine Assistenz da ist. */
            description: string;
            /**
             * Format: uuid
             * @description the facility, as GET /public/facilities found it
             */
            facilityId: string;
            guardian: components["schemas"]["PublicGuardianDto"];
            /** @description what happened, as the form asked it in plain questions */
            patterns?: ("admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion")[];
            /** @description leave out or empty (a filled one is refused with 400 honeypot) */
            website?: string;
        };
        PublicComplaintReceipt: {
            /**
             * @description Aktenzeichen of the new case
             * @example 42.22-2026-000017
             */
            reference: string;
        };
        PublicFacilityView: {
            /** @example Troisdorf */
            city: string | null;
            /**
             * @description its Jugendamt district
             * @example Rhein-Sieg-Kreis
             */
            district: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["FacilityKind"];
            /** @example Kita Regenbogen Troisdorf */
            name: string;
        };
        PublicFindingView: {
            explanation: string;
            /** @description The exclusion pattern, in German */
            label: string;
            norms: string[];
            /** @description rechtswidrig, or zu prüfen */
            verdict: string;
        };
        PublicGuardianDto: {
            /**
             * Format: email
             * @description e-mail address or phone: at least one
             */
            email?: string;
            /** @example Sabine Keller */
            name: string;
            /**
             * @description phone or e-mail address: at least one
             * @example 0221 123456
             */
            phone?: string;
        };
        RecordConsentDto: {
            /**
             * Format: date
             * @description the day the parents gave their consent
             * @example 2026-03-02
             */
            givenAt: string;
            /**
             * @description to whom the entrusted facts may be passed on: the provider (Träger)
             * @enum {string}
             */
            recipient: "provider";
        };
        ReferenceImportView: {
            /** @description rows loaded (new or replacing an earlier count) */
            imported: number;
            /** @description every count now loaded */
            items: components["schemas"]["ReferencePopulationView"][];
        };
        ReferencePopulationListView: {
            items: components["schemas"]["ReferencePopulationView"][];
        };
        ReferencePopulationView: {
            /** @example 178432 */
            children: number;
            /**
             * @description district code
             * @example koeln
             */
            district: string;
            /** @example Köln */
            districtName: string;
            /** Format: date-time */
            importedAt: string;
            /** @example 2025 */
            year: number;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RefreshResponse: {
            accessToken: string;
            /** @description Seconds the access token is valid */
            expiresIn: number;
            refreshToken: string;
        };
        ReopenDto: {
            /** @example Der Träger hat die Nebenabrede erneut verwendet. */
            reason: string;
        };
        RepaymentReminderListView: {
            items: components["schemas"]["RepaymentReminderView"][];
        };
        RepaymentReminderView: {
            /** Format: uuid */
            allocationId: string;
            district: components["schemas"]["FundingDistrictRef"];
            /** Format: date */
            dueBy: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            remindAt: string;
            /** @example 469569.68 */
            repaymentDue: string;
            schoolYear: string;
            /** @enum {string} */
            status: "scheduled" | "due";
        };
        ReportLabelView: {
            /** @enum {string} */
            dimension: "year" | "schoolYear" | "quarter" | "month" | "district" | "setting" | "pattern" | "providerType" | "status" | "channel";
            /** @example Köln */
            label: string;
            /** @example koeln */
            value: string;
        };
        ReportReferenceView: {
            /** @description districts of the report without a count (their rate is null) */
            missing: number;
            /** @description what the rate means, in German */
            note: string;
            /**
             * @description the years of the counts used
             * @example [
             *       2025
             *     ]
             */
            years: number[];
        };
        ReportRowView: {
            /** @example phone */
            channel?: string;
            /** @description the number of cases; for committees the protected (published) value, never 1 or 2; null: not published */
            count: number | null;
            /**
             * @description district code
             * @example koeln
             */
            district?: string;
            /** @example 2026-03 */
            month?: string;
            /** @example absence_exclusion */
            pattern?: string;
            /**
             * @description where children per district are loaded and the report is grouped by district: cases per 10,000 children (one decimal), from the published count; null where no count is loaded for a district of the cell
             * @example 12.4
             */
            per10000?: number | null;
            /** @description with compare=previousYear: the same cell a year earlier (protected alike for committees) */
            previousCount?: number | null;
            /** @example free */
            providerType?: string;
            /** @example 2026-Q1 */
            quarter?: string;
            /**
             * @description the year the school year begins
             * @example 2025
             */
            schoolYear?: string;
            /** @example kita */
            setting?: string;
            /** @example resolved */
            status?: string;
            /** @example 2026 */
            year?: string;
        };
        /** @enum {string} */
        ResponsibleBody: "landesjugendamt" | "eingliederungshilfe" | "jugendamt" | "schulaufsicht";
        RuleSetView: {
            norms: components["schemas"]["NormView"][];
            /** @description German label of each exclusion pattern */
            patterns: {
                [key: string]: string;
            };
            rules: components["schemas"]["RuleView"][];
            version: string;
        };
        RuleView: {
            /** @enum {string} */
            detection: "unlawful" | "review_medical" | "review_weighing" | "review_unclear" | "review_second_opinion" | "lawful";
            explanation: string;
            id: string;
            norms: string[];
            /** @enum {string} */
            setting: "kita" | "ogs" | "any";
            /** @description The pattern, the lawful reason, or any */
            subject: string;
            /** Format: date */
            validFrom: string;
            verdict: components["schemas"]["Verdict"];
            version: number;
        };
        /** @enum {string} */
        SchoolLevel: "primary" | "secondary";
        SchoolView: {
            commonLearning: boolean;
            /** Format: date-time */
            createdAt: string;
            district: components["schemas"]["FundingDistrictRef"];
            facilityIds: string[];
            /** Format: uuid */
            id: string;
            level: components["schemas"]["SchoolLevel"];
            name: string;
            schoolAuthority: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SchoolViewPage: {
            items: components["schemas"]["SchoolView"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        SendingView: {
            /** @description Tries of the job so far */
            attempts: number;
            lastError: string | null;
            status: components["schemas"]["JobStatus"];
        };
        SettlementDto: {
            /**
             * Format: date
             * @example 2022-03-15
             */
            agreedAt: string;
            /** @example 422362.00 */
            deemedProperlyUsed: string;
        };
        SettlementView: {
            /** Format: date */
            agreedAt: string;
            /**
             * @description fixed as properly used by the settlement
             * @example 469569.68
             */
            deemedProperlyUsed: string;
        };
        StaffView: {
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "team_lead" | "caseworker";
        };
        TextCheckView: {
            findings: components["schemas"]["FindingView"][];
            norms: string[];
            pattern: components["schemas"]["ExclusionPattern"] | null;
            ruleSetVersion: string;
            /** @description The most serious finding */
            verdict: components["schemas"]["Verdict"];
        };
        TimelineEntry: {
            actor: components["schemas"]["ActorRef"];
            /** @description What changed (never values of personal fields); reason: the reason given */
            data: {
                [key: string]: unknown;
            };
            id: string;
            /** Format: date-time */
            occurredAt: string;
            type: components["schemas"]["CaseEventType"];
        };
        TransitionDto: {
            /** @example Träger hat den Vertrag ohne die Nebenabrede neu ausgestellt. */
            reason: string;
            /**
             * @description the status the case moves to
             * @enum {string}
             */
            to: "received" | "assessing" | "provider_contacted" | "resolved" | "requirement_imposed" | "closed_unresolved" | "withdrawn";
        };
        UpdateCaseDto: {
            /** @enum {string} */
            channel?: "phone" | "email" | "letter" | "web" | "in_person";
            child?: components["schemas"]["UpdateChildDto"];
            /** @description whether the parents agreed that the office involves the facility, Jugendamt and others (default false) */
            consentToInvolveOthers?: boolean;
            /** @description whether the provider terminated the care contract (default false) */
            contractTerminated?: boolean;
            description?: string;
            /** Format: uuid */
            facilityId?: string;
            guardian?: components["schemas"]["UpdateGuardianDto"];
            /** @description whether the provider told the Landesjugendamt before it acted (§ 47 SGB VIII); null: not known */
            officeNotifiedBeforehand?: boolean | null;
            patterns?: ("admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion")[];
            /**
             * Format: date
             * @example 2026-03-02
             */
            receivedAt?: string;
        };
        UpdateChildDto: {
            assistance?: components["schemas"]["AssistanceDto"] | null;
            birthYear?: number;
            disability?: string | null;
            initials?: string;
        };
        UpdateFacilityDto: {
            /** @description null: none */
            city?: string | null;
            /** Format: uuid */
            districtId?: string;
            /** @enum {string} */
            kind?: "kita" | "ogs" | "ogs_foerderschule";
            name?: string;
            /** @description null: none */
            postalCode?: string | null;
            /** Format: uuid */
            providerId?: string;
        };
        UpdateGuardianDto: {
            address?: components["schemas"]["AddressDto"] | null;
            /** Format: email */
            email?: string | null;
            name?: string;
            phone?: string | null;
        };
        UpdateLetterDto: {
            /** @enum {string} */
            delivery?: "email" | "post";
            /** @description Show the entrusted facts (see CreateLetterDto) */
            includeFacts?: boolean;
        };
        UpdatePoolModelDto: {
            /** @example 35 */
            hoursPerWeek?: string;
            name?: string;
            notes?: string;
            /** @example S4 TVöD */
            payGrade?: string;
            /** @description a year, in euro */
            personnelCosts?: string;
            schoolYears?: components["schemas"]["PoolSchoolYearDto"][];
            /** @description posts or assistants */
            staffCount?: number;
        };
        UpdateProviderDto: {
            /** @description replaces the whole address */
            address?: components["schemas"]["AddressDto"];
            /** Format: email */
            email?: string;
            name?: string;
            /** @enum {string} */
            type?: "free" | "municipal" | "church";
        };
        UpdateSchoolDto: {
            commonLearning?: boolean;
            facilityIds?: string[];
            /** @enum {string} */
            level?: "primary" | "secondary";
            name?: string;
            schoolAuthority?: string;
        };
        UpdateUserDto: {
            /** @description true signs the user out and refuses sign-ins */
            disabled?: boolean;
            districtIds?: string[];
            password?: string;
            /** @enum {string} */
            role?: "admin" | "team_lead" | "caseworker" | "committee" | "funding_controller";
        };
        /** @enum {string} */
        UserRole: "admin" | "team_lead" | "caseworker" | "committee" | "funding_controller";
        UserView: {
            districtIds: string[];
            email: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["UserRole"];
        };
        /** @enum {string} */
        Verdict: "unlawful" | "review" | "lawful";
        WithdrawalView: {
            /** Format: date-time */
            at: string;
            /** @description Who withdrew it */
            by: string;
            /** @description Why (encrypted at rest) */
            reason: string | null;
        };
        WithdrawConsentDto: {
            /**
             * Format: date
             * @description the day the parents withdrew their consent
             * @example 2026-03-02
             */
            withdrawnAt: string;
        };
        WithdrawContractDto: {
            /** @example Versehentlich beim falschen Fall hochgeladen. */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                /** @description e.g. case.read, auth.login_failed, access.denied (refused: 403 for the role, 404 outside the districts) */
                action?: string;
                actorId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description on or after this day (Europe/Berlin) */
                from?: string;
                limit?: number;
                recordId?: string;
                /** @description case, provider, facility, user */
                recordType?: string;
                /** @description on or before this day (Europe/Berlin) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                /** @description e.g. case.read, auth.login_failed, access.denied (refused: 403 for the role, 404 outside the districts) */
                action?: string;
                actorId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description on or after this day (Europe/Berlin) */
                from?: string;
                limit?: number;
                recordId?: string;
                /** @description case, provider, facility, user */
                recordType?: string;
                /** @description on or before this day (Europe/Berlin) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filtered log as CSV (UTF-8, comma-separated, formula-safe) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_oidcCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in (session cookie set): to the web app */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_oidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every session of the account has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description cases this user works (Meine Fälle) */
                assigneeId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                districtId?: string;
                /** @description true: cases escalated to the team lead (a deadline passed after a reminder) */
                escalated?: boolean;
                facilityId?: string;
                facilityKind?: "kita" | "ogs" | "ogs_foerderschule";
                /** @description the guardian's e-mail address, exactly */
                guardianEmail?: string;
                limit?: number;
                pattern?: "admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion";
                providerId?: string;
                /** @description part of the reference or the description */
                q?: string;
                /** @description received on or after this day */
                receivedFrom?: string;
                /** @description received on or before this day */
                receivedTo?: string;
                /** @description newest (default): latest receipt first; oldest: earliest receipt first */
                sort?: "newest" | "oldest";
                /** @description one or more statuses, comma-separated */
                status?: ("received" | "assessing" | "provider_contacted" | "resolved" | "requirement_imposed" | "closed_unresolved" | "withdrawn")[];
                /** @description true: cases nobody works yet */
                unassigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key returns the first result and creates nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            /** @description The case, with its Aktenzeichen */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAssessmentView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_assignees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Without text; evidence as positions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The contract as text (JSON), or as a PDF, DOCX or TXT file of at most 10 MB in the multipart field "file". The type is read from the content, not the name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddContractDto"] | {
                    /** Format: binary */
                    file: string;
                };
                "multipart/form-data": components["schemas"]["AddContractDto"] | {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored and checked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With its text and the evidence passages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/plain": string;
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_recheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawContractDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_forCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CaseLettersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case’s letters, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CaseLettersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLetterDto"];
            };
        };
        responses: {
            /** @description The draft, with its consent check */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNoteDto"];
            };
        };
        responses: {
            /** @description The case, the note on its timeline */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasePoolModelController_poolModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePoolModelView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_count: {
        parameters: {
            query?: {
                /** @description cases this user works (Meine Fälle) */
                assigneeId?: string;
                districtId?: string;
                /** @description true: cases escalated to the team lead (a deadline passed after a reminder) */
                escalated?: boolean;
                facilityId?: string;
                facilityKind?: "kita" | "ogs" | "ogs_foerderschule";
                /** @description the guardian's e-mail address, exactly */
                guardianEmail?: string;
                pattern?: "admission_conditional_on_assistance" | "hours_capped_to_assistance" | "absence_exclusion" | "activity_exclusion" | "termination_for_missing_assistance" | "parent_must_substitute" | "disability_exclusion";
                providerId?: string;
                /** @description part of the reference or the description */
                q?: string;
                /** @description received on or after this day */
                receivedFrom?: string;
                /** @description received on or before this day */
                receivedTo?: string;
                /** @description one or more statuses, comma-separated */
                status?: ("received" | "assessing" | "provider_contacted" | "resolved" | "requirement_imposed" | "closed_unresolved" | "withdrawn")[];
                /** @description true: cases nobody works yet */
                unassigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCount"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CasesController_facilityCounts: {
        parameters: {
            query?: {
                facilityId?: string;
                providerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityCaseCount"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsRecheckController_recheckOutdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job; Location: where to follow it */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContractsRecheckController_recheckJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DistrictsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All districts (Jugendamtsbezirke), sorted by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DistrictsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_escalationList: {
        parameters: {
            query?: {
                /** @description false: also acknowledged ones */
                open?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FacilitiesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                districtId?: string;
                kind?: "kita" | "ogs" | "ogs_foerderschule";
                limit?: number;
                providerId?: string;
                /** @description part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FacilitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FacilitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FacilitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_list: {
        parameters: {
            query?: {
                /** @description overdue: passed and not yet dealt with; today: ends today; week: ends within seven days (Berlin days). Without: every running and paused deadline. */
                due?: "overdue" | "today" | "week";
                /** @description true: only cases I work */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FollowUpsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_listAllocations: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                districtId?: string;
                limit?: number;
                schoolYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_createAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAllocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_getAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_listExpenditures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenditureListView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_addExpenditure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExpenditureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenditureView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_importExpenditures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A finance office's CSV (at most 5 MB): semicolons, columns Datum;Kategorie;Betrag;Beschreibung, amounts as 1.234,56, dates as 31.07.2021, UTF-8 or Windows-1252. As the body (text/csv) or in the multipart field "file". Any bad row: 400 naming each line and field, nothing imported. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description only check the file */
                    dryRun?: boolean;
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** @description only check the file */
                    dryRun?: boolean;
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Every row imported (with dryRun: checked, none imported) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_letters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationLetterView"][];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_letterPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                letterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_draftMinistryNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft notice to the ministry (§ 4 Abs. 2 of the agreement); 409 when nothing is to be repaid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationLetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_settle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementDto"];
            };
        };
        responses: {
            /** @description The assessment with the settlement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_overview: {
        parameters: {
            query?: {
                schoolYear?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictOverviewView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_listPoolModels: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                districtId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolModelViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_createPoolModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePoolModelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolModelView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_getPoolModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolModelView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_updatePoolModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePoolModelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolModelView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_reminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentReminderListView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_listSchools: {
        parameters: {
            query?: {
                commonLearning?: boolean;
                /** @description nextCursor of the previous page */
                cursor?: string;
                districtId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_createSchool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchoolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_getSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_updateSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchoolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GuardiansController_accessExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessExportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuardianExport"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LettersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LettersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLetterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LettersController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LettersController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter (DIN 5008) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LettersController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProvidersController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description part of the name */
                q?: string;
                type?: "free" | "municipal" | "church";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProvidersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProvidersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProvidersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProviderAnswersController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderRequestView"];
                };
            };
            /** @description Too many requests from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProviderAnswersController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** @description A text (JSON), or as multipart/form-data a text and/or the revised contract as a PDF, DOCX or TXT file of at most 10 MB in the field "file"; it is checked by the rules at once. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderAnswerDto"] | {
                    /** Format: binary */
                    file?: string;
                    text?: string;
                };
                "multipart/form-data": components["schemas"]["ProviderAnswerDto"] | {
                    /** Format: binary */
                    file?: string;
                    text?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAnswerReceipt"];
                };
            };
            /** @description Too many requests from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicFormController_fileComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key and body creates no second case. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintReceipt"];
                };
            };
            /** @description Too many requests from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicFormController_searchFacilities: {
        parameters: {
            query: {
                /** @description part of the name, town, postal code or district; every word must match */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicFacilityView"][];
                };
            };
            /** @description Too many requests from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_caseCounts: {
        parameters: {
            query: {
                /** @description previousYear: each cell also with the same cell a year earlier (previousCount) */
                compare?: "previousYear";
                /** @description one district only */
                districtId?: string;
                /** @description json (default), csv, xlsx or pdf */
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description received on or after this day (default: 1 January) */
                from?: string;
                /** @description one or two dimensions, comma-separated */
                groupBy: ("year" | "schoolYear" | "quarter" | "month" | "district" | "setting" | "pattern" | "providerType" | "status" | "channel")[];
                /** @description received on or before this day (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCountReportView"];
                    "application/pdf": components["schemas"]["CaseCountReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["CaseCountReportView"];
                    "text/csv": components["schemas"]["CaseCountReportView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_inquiryAnswer: {
        parameters: {
            query?: {
                /** @description one district only */
                districtId?: string;
                /** @description pdf (default) or docx */
                format?: "pdf" | "docx";
                /** @description received on or after this day (default: 1 January) */
                from?: string;
                /** @description received on or before this day (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferencePopulationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferencePopulationListView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferencePopulationsController_importCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Children per district (at most 5 MB): semicolons, columns Bezirk;Jahr;Kinder, the district by its code or name, counts as 12.345 or 12345, UTF-8 or Windows-1252. As the body (text/csv) or in the multipart field "file". A district and year loaded before gets the new count. Any bad row: 400 naming each line and field, nothing loaded. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceImportView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferencePopulationsController_removeYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year’s counts are removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RulesController_ruleSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RulesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckTextDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TextCheckView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                role?: "admin" | "team_lead" | "caseworker" | "committee" | "funding_controller";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewPage"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description database (and Redis, when configured) reachable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description a dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Fehler (4xx, 5xx), mit deutscher Meldung */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
