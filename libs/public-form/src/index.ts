// The public API of @teilhabe/public-form: what other libraries and the apps use, and nothing more.
export { PublicComplaintDto } from './dto/public-complaint.dto';
export { COMPLAINT_REQUESTS, COMPLAINTS_FILED, FACILITY_SEARCHES } from './public-form.limits';
export { PublicFormModule } from './public-form.module';
export { PUBLIC_FORM_ACTOR_NAME, PUBLIC_SEARCH_RESULTS } from './public-form.service';
