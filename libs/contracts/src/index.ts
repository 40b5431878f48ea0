export * from './contract-key-rotation.service';
export * from './contracts.exception';
export * from './contracts.module';
export * from './contracts.service';
export * from './dto/add-contract.dto';
export * from './dto/check-text.dto';
export * from './entities/care-contract.entity';
export * from './extraction';
